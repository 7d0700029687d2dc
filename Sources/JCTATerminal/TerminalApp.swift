import Glibc
import JCTAScreens

/// The run loop: read a key (or time out), turn it into an intent, update, carry out the effects, draw.
/// Signals are handled between reads; the idle timeout feeds `Intent.tick`, the hook for anything
/// time-based (status messages now; a kiosk's inactivity reset later).
public enum TerminalApp {
    /// How the loop ended.
    public enum Ending: Equatable, Sendable {
        /// `Effect.exit` with this status.
        case finished(Int32)
        /// SIGINT, SIGTERM or SIGHUP arrived.
        case signalled(Int32)
    }

    public static func run(_ state: inout AppState, on terminal: Terminal) -> Ending {
        var size = terminal.size
        _ = update(&state, .resize(width: size.width, height: size.height))
        terminal.draw(ScreenBuffer(rendering: state))
        while true {
            if let signal = SignalFlags.take() {
                guard signal == SIGTSTP else { return .signalled(signal) }
                terminal.suspend()
                size = terminal.size
                _ = update(&state, .resize(width: size.width, height: size.height))
                terminal.draw(ScreenBuffer(rendering: state))
                continue
            }
            let intent: Intent
            switch terminal.read() {
            case .idle: intent = .tick
            case .ignored: continue
            case .resize:
                size = terminal.size
                intent = .resize(width: size.width, height: size.height)
            case .key(let key):
                guard let mapped = KeyMap.intent(for: key, in: state.inputContext) else { continue }
                intent = mapped
            }
            var pending = [intent]
            while !pending.isEmpty {
                for effect in update(&state, pending.removeFirst()) {
                    switch effect {
                    case .exit(let status): return .finished(status)
                    case .write(let text, let path, let overwrite):
                        pending.append(.writeFinished(path: path, failure: ExportWriter.write(text, to: path, overwrite: overwrite)))
                    }
                }
            }
            if intent == .tick && state.status == nil { continue }
            terminal.draw(ScreenBuffer(rendering: state))
        }
    }
}
