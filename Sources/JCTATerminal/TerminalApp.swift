import Glibc
import JCTAScreens

/// The run loop: read a key (or time out), turn it into an intent, update, carry out the effects, draw what
/// changed. Signals are handled between reads; `Intent.tick` is sent once per 250 ms of wall time, the hook
/// for anything time-based (status messages, a kiosk's idle reset).
public enum TerminalApp {
    /// How the loop ended.
    public enum Ending: Equatable, Sendable {
        /// `Effect.exit` with this status.
        case finished(Int32)
        /// SIGINT, SIGTERM or SIGHUP arrived.
        case signalled(Int32)
    }

    /// Where the effects that leave the screen go: the printer pipe and the usage log.
    public struct Outputs {
        /// Writes a document to the printer pipe; nil when done.
        public var print: (String) -> WriteFailure?
        /// Appends a line to the usage log.
        public var log: (UsageLogEntry) -> Void

        public init(print: @escaping (String) -> WriteFailure?, log: @escaping (UsageLogEntry) -> Void) {
            self.print = print
            self.log = log
        }
    }

    public static func run(_ state: inout AppState, on terminal: Terminal, outputs: Outputs) -> Ending {
        var ticker = Ticker()
        var shown: ScreenBuffer?
        func draw() {
            let buffer = ScreenBuffer(rendering: state)
            guard buffer != shown else { return }
            terminal.draw(buffer)
            shown = buffer
        }
        var size = terminal.size
        _ = update(&state, .resize(width: size.width, height: size.height))
        draw()
        while true {
            let signals = SignalFlags.take()
            if let ending = SignalFlags.ending.first(where: signals.contains) { return .signalled(ending) }
            if signals.contains(SIGTSTP) {
                terminal.suspend(sentByProcess: SignalFlags.lastStopSentByProcess)
                shown = nil
            }
            if signals.contains(SIGCONT) {
                terminal.invalidate()
                shown = nil
            }
            if shown == nil {
                size = terminal.size
                _ = update(&state, .resize(width: size.width, height: size.height))
                draw()
            }
            var pending: [Intent] = []
            switch terminal.read() {
            case .idle: break
            case .ignored: pending.append(.otherKey)
            case .resize:
                // Output drawn for the old size can land after the terminal changed size, wrapping and
                // scrolling it; curses would then send only the cells it thinks changed and leave that
                // garbage. Repaint every cell (even when the size comes back the same).
                terminal.invalidate()
                shown = nil
                size = terminal.size
                pending.append(.resize(width: size.width, height: size.height))
            case .key(let key):
                pending.append(KeyMap.intent(for: key, in: state.inputContext) ?? .otherKey)
            }
            pending += Array(repeating: Intent.tick, count: ticker.due())
            // A tick that changes nothing on screen is not drawn: rendering the whole screen to find no
            // difference was almost all of the idle cost.
            var changed = false
            while !pending.isEmpty {
                let intent = pending.removeFirst()
                let before = intent == .tick ? TickVisibleState(state) : nil
                let effects = update(&state, intent)
                if before == nil || !effects.isEmpty || before != TickVisibleState(state) { changed = true }
                for effect in effects {
                    switch effect {
                    case .exit(let status): return .finished(status)
                    case .write(let text, let path, let overwrite):
                        pending.append(.writeFinished(path: path, failure: ExportWriter.write(text, to: path, overwrite: overwrite)))
                    case .print(let text):
                        pending.append(.printFinished(failure: outputs.print(text)))
                    case .clearScrollback:
                        terminal.clearScrollback()
                        shown = nil
                    case .log(let entry):
                        outputs.log(entry)
                    }
                }
            }
            if changed { draw() }
        }
    }
}

/// What a tick can change on screen (see `update` for `.tick`): the status note, which expires, a kiosk's
/// countdown and the seconds left of its PIN lockout. A kiosk's reset also returns effects, so it is drawn too.
struct TickVisibleState: Equatable {
    var status: LocalizedMessage?
    var statusTone: CellStyle.Tone?
    var countdownSeconds: Int?
    var pinLockoutSecondsLeft: Int?

    init(_ state: AppState) {
        status = state.status?.message
        statusTone = state.status?.tone
        countdownSeconds = state.kiosk?.countdownSeconds
        pinLockoutSecondsLeft = state.kiosk?.pinLockoutSecondsLeft
    }
}

/// Counts whole 250 ms periods of monotonic time since the last count, so ticks follow the clock however
/// often keys, signals or resizes end a read early.
struct Ticker {
    private static let periodMilliseconds = UInt64(Terminal.idleMilliseconds)
    private var last = Ticker.now()

    mutating func due() -> Int {
        let periods = (Self.now() - last) / Self.periodMilliseconds
        last += periods * Self.periodMilliseconds
        return Int(periods)
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1000 + UInt64(time.tv_nsec) / 1_000_000
    }
}
