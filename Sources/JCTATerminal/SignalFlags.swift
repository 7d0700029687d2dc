import Glibc
import Synchronization

/// The last signal received and not yet handled (0: none). Written only by the handler below.
private let pendingSignal = Atomic<Int32>(0)

/// SIGINT, SIGTERM, SIGHUP and SIGTSTP only set a flag; the run loop acts on it between keys. No
/// SA_RESTART, so a blocked read returns at once and the loop sees the flag.
public enum SignalFlags {
    public static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP]

    static func install(_ signals: [Int32] = handled) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                pendingSignal.store(received, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Back to the default action (before stopping ourselves on SIGTSTP, and after restoring the terminal).
    static func reset(_ signals: [Int32] = handled) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_DFL
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The pending signal, clearing it; nil when none arrived.
    static func take() -> Int32? {
        let signal = pendingSignal.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
