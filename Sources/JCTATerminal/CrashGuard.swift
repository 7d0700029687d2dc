import CNcursesw
import Glibc

/// On a crash (a Swift trap, a fault, abort), puts the terminal back before the process dies: the saved
/// termios and the terminal's own "leave full screen, show cursor" strings, written with async-signal-safe
/// calls only. The state is prepared before the handlers go in, so the handler only reads it.
enum CrashGuard {
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    private nonisolated(unsafe) static var savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private nonisolated(unsafe) static var resetBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    private nonisolated(unsafe) static var resetCount = 0
    private nonisolated(unsafe) static var inputFD: Int32 = STDIN_FILENO
    private nonisolated(unsafe) static var outputFD: Int32 = STDOUT_FILENO

    /// Call after `newterm`, so the terminal's capability strings are known.
    static func arm(original: termios, inputFD: Int32, outputFD: Int32) {
        savedTermios.pointee = original
        Self.inputFD = inputFD
        Self.outputFD = outputFD
        var bytes: [UInt8] = []
        for capability in ["rmcup", "cnorm", "sgr0"] {
            if let value = tigetstr(capability), Int(bitPattern: value) != -1 {
                bytes += Array(String(cString: value).utf8)
            }
        }
        bytes = Array(bytes.prefix(resetBytes.count))
        _ = resetBytes.initialize(from: bytes)
        resetCount = bytes.count
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                _ = write(CrashGuard.outputFD, CrashGuard.resetBytes.baseAddress, CrashGuard.resetCount)
                tcsetattr(CrashGuard.inputFD, TCSANOW, CrashGuard.savedTermios)
                // SA_RESETHAND made the default action current again: let the crash continue.
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    static func disarm() {
        SignalFlags.reset(fatalSignals)
    }
}
