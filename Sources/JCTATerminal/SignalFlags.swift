import Glibc
import Synchronization

/// Signals received and not yet handled, one bit per signal number. Written only by the handler below.
private let pendingSignals = Atomic<UInt64>(0)
/// Whether the last SIGTSTP came from a process (`kill`) rather than from the terminal (Ctrl-Z).
private let stopSentByProcess = Atomic<Bool>(false)

/// The handlers only set flags; the run loop acts on them between keys. No SA_RESTART, so a blocked read
/// returns at once and the loop sees the flag.
public enum SignalFlags {
    /// Signals that end the program (130, 131, 143, 129). SIGQUIT is Ctrl-\ at the terminal: left at its
    /// default, Swift's crash backtracer took over the screen and left the terminal in cbreak mode.
    static let ending: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]
    /// Everything handled in normal mode: the ending signals, SIGTSTP (stop with the terminal restored) and
    /// SIGCONT (take the screen back and redraw).
    static let handled: [Int32] = ending + [SIGTSTP, SIGCONT]
    /// What a kiosk ignores outright: nothing typed at the terminal may end or suspend it.
    static let ignoredByKiosk: [Int32] = [SIGINT, SIGQUIT, SIGTSTP]

    static func install(_ signals: [Int32]) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { received, info, _ in
                if received == SIGTSTP {
                    // si_code <= 0: kill, tgkill, sigqueue; a terminal's Ctrl-Z comes from the kernel (> 0).
                    stopSentByProcess.store((info?.pointee.si_code ?? 1) <= 0, ordering: .relaxed)
                }
                pendingSignals.bitwiseOr(UInt64(1) << UInt64(received), ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_SIGINFO)
            sigaction(signal, &action, nil)
        }
    }

    /// For a round in line mode: the ending signals only set a flag, so a blocked read returns (nothing is
    /// read) and the round can keep its answers before jcta exits with the signal's status.
    public static func catchEndingSignals() {
        install(ending)
    }

    /// The ending signal received, if any (taking it).
    public static func takeEndingSignal() -> Int32? {
        let signals = take()
        return ending.first(where: signals.contains)
    }

    static func ignore(_ signals: [Int32]) {
        set(signals, to: SIG_IGN)
    }

    /// Back to the default action (before stopping ourselves on SIGTSTP, and after restoring the terminal).
    static func reset(_ signals: [Int32]) {
        set(signals, to: SIG_DFL)
    }

    private static func set(_ signals: [Int32], to disposition: __sighandler_t?) {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = disposition
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The pending signals, clearing them.
    static func take() -> Set<Int32> {
        let bits = pendingSignals.exchange(0, ordering: .relaxed)
        return Set((1..<64).filter { bits & (UInt64(1) << UInt64($0)) != 0 }.map { Int32($0) })
    }

    /// Whether `signal` arrived and is not yet taken, leaving it pending.
    static func isPending(_ signal: Int32) -> Bool {
        pendingSignals.load(ordering: .relaxed) & (UInt64(1) << UInt64(signal)) != 0
    }

    static var lastStopSentByProcess: Bool {
        stopSentByProcess.load(ordering: .relaxed)
    }
}
