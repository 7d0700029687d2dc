import CNcursesw
import Glibc
import JCTAScreens

/// The one owner of the terminal: starts full-screen mode, draws screen buffers, reads keys, and puts
/// everything back (idempotently) on the way out.
public final class Terminal {
    /// Why the full-screen mode cannot start; the caller falls back to plain prompts.
    public enum Unavailable: Error, Equatable, CustomStringConvertible {
        case notATerminal
        case dumbTerminal
        case unknownTerminal(String)
        case noUTF8Locale

        public var description: String {
            switch self {
            case .notATerminal: "standard input or output is not a terminal"
            case .dumbTerminal: "TERM is dumb or unset"
            case .unknownTerminal(let name): "the terminal type '\(name)' is not known here (no terminfo entry that can move the cursor)"
            case .noUTF8Locale: "no UTF-8 locale is available, so Japanese text cannot be drawn"
            }
        }
    }

    /// How the full screen runs.
    public struct Options: Sendable {
        /// False under NO_COLOR.
        public var allowColor: Bool
        /// A kiosk: raw mode (Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys) and SIGINT, SIGQUIT and SIGTSTP ignored.
        public var locked: Bool
        /// Draw on /dev/tty, leaving standard output to the documents sent to a printer pipe.
        public var usesControllingTerminal: Bool

        public init(allowColor: Bool, locked: Bool = false, usesControllingTerminal: Bool = false) {
            self.allowColor = allowColor
            self.locked = locked
            self.usesControllingTerminal = usesControllingTerminal
        }
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private var original: termios
    private let palette: ColorPalette
    private let inputFD: Int32
    private let outputFD: Int32
    private let outputFile: UnsafeMutablePointer<FILE>
    private let signals: [Int32]
    private var restored = false

    /// Milliseconds a key read waits before reporting `idle` (the run loop's tick).
    public static let idleMilliseconds: Int32 = 250

    private init(window: UnsafeMutablePointer<WINDOW>, original: termios, palette: ColorPalette, inputFD: Int32,
                 outputFD: Int32, outputFile: UnsafeMutablePointer<FILE>, signals: [Int32]) {
        self.window = window
        self.original = original
        self.palette = palette
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.outputFile = outputFile
        self.signals = signals
    }

    /// Starts full-screen mode on standard input and output, or on /dev/tty.
    public static func start(_ options: Options) throws(Unavailable) -> Terminal {
        let inputFD: Int32
        let outputFD: Int32
        let inputFile: UnsafeMutablePointer<FILE>
        let outputFile: UnsafeMutablePointer<FILE>
        if options.usesControllingTerminal {
            let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
            guard tty >= 0 else { throw .notATerminal }
            let second = dup(tty)
            guard let input = fdopen(tty, "r"), let output = fdopen(second, "w") else { throw .notATerminal }
            (inputFD, outputFD, inputFile, outputFile) = (tty, second, input, output)
        } else {
            guard let input = jcta_stdin(), let output = jcta_stdout() else { throw .notATerminal }
            (inputFD, outputFD, inputFile, outputFile) = (STDIN_FILENO, STDOUT_FILENO, input, output)
        }
        guard isatty(inputFD) == 1, isatty(outputFD) == 1 else { throw .notATerminal }
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !name.isEmpty, name != "dumb" else { throw .dumbTerminal }
        guard TerminalLocale.ensureUTF8() else { throw .noUTF8Locale }
        var status: Int32 = 0
        guard setupterm(nil, outputFD, &status) == OK, jcta_can_address_cursor() != 0 else {
            throw .unknownTerminal(name)
        }
        var original = termios()
        tcgetattr(inputFD, &original)
        // Ours before newterm, so ncurses does not install its own (it only does where the action is SIG_DFL).
        let signals: [Int32]
        if options.locked {
            SignalFlags.ignore(SignalFlags.ignoredByKiosk)
            signals = [SIGTERM, SIGHUP]
        } else {
            signals = SignalFlags.handled
        }
        SignalFlags.install(signals)
        guard newterm(nil, outputFile, inputFile) != nil, let window = jcta_stdscr() else {
            SignalFlags.reset(signals + (options.locked ? SignalFlags.ignoredByKiosk : []))
            throw .unknownTerminal(name)
        }
        CrashGuard.arm(original: original, inputFD: inputFD, outputFD: outputFD)
        if options.locked { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, idleMilliseconds)
        // By default curses abandons a refresh while input is waiting; the next key's frame may then equal the
        // one recorded as shown and is not drawn, so the screen stays a key behind. Every frame is drawn whole.
        typeahead(-1)
        curs_set(0)
        // The cursor is hidden: leave it where the last change was drawn instead of sending it back to a
        // fixed place after every update (8 bytes of each highlight move).
        leaveok(window, true)
        let palette = ColorPalette(allowColor: options.allowColor)
        return Terminal(window: window, original: original, palette: palette, inputFD: inputFD, outputFD: outputFD,
                        outputFile: outputFile,
                        signals: signals + (options.locked ? SignalFlags.ignoredByKiosk : []))
    }

    /// Leaves full-screen mode and restores the terminal settings saved at start. Safe to call twice.
    public func restore() {
        guard !restored else { return }
        restored = true
        endwin()
        tcsetattr(inputFD, TCSANOW, &original)
        CrashGuard.disarm()
        SignalFlags.reset(signals)
    }

    /// Leaves full-screen mode with the screen and its scrollback blank (a kiosk: nothing of the last person
    /// stays on the display, whether or not the terminal has an alternate screen, e.g. TERM=linux has none).
    public func restoreBlank() {
        guard !restored else { return }
        clearScrollback()
        restore()
        let bytes = Array((Self.capability("clear") ?? "\u{1b}[H\u{1b}[2J").utf8) + Array((Self.capability("E3") ?? "\u{1b}[3J").utf8)
        _ = bytes.withUnsafeBytes { write(outputFD, $0.baseAddress, $0.count) }
    }

    deinit {
        restore()
    }

    /// A terminfo string capability of the terminal, or nil where it has none.
    private static func capability(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        return String(cString: value)
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Stops the process on SIGTSTP with the terminal as the shell expects it; the next draw takes the
    /// screen back (the run loop draws when continued).
    func suspend(sentByProcess: Bool) {
        endwin()
        tcsetattr(inputFD, TCSANOW, &original)
        SignalFlags.reset([SIGTSTP])
        raise(SIGTSTP)
        // A stop by the default action is discarded in an orphaned process group (nobody there could continue
        // it), so no SIGCONT came. When a process sent the SIGTSTP, that process can continue us: stop for it.
        if sentByProcess && !SignalFlags.isPending(SIGCONT) { raise(SIGSTOP) }
        SignalFlags.install([SIGTSTP])
        invalidate()
    }

    /// The next draw repaints every cell (after a stop, or when another program may have drawn over us).
    func invalidate() {
        clearok(window, true)
    }

    /// Clears the screen and the terminal's scrollback (E3, `\u{1b}[3J` where terminfo has none), so the
    /// next person cannot scroll back to the last one's answers.
    func clearScrollback() {
        wclear(window)
        wrefresh(window)
        fflush(outputFile)
        var bytes = Array("\u{1b}[3J".utf8)
        if let value = tigetstr("E3"), Int(bitPattern: value) != -1 { bytes = Array(String(cString: value).utf8) }
        _ = bytes.withUnsafeBytes { write(outputFD, $0.baseAddress, $0.count) }
    }

    func read() -> TerminalInput {
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        return TerminalInput.decode(status: status, code: UInt32(code))
    }

    /// Draws the buffer; cells with the same style go out as one string.
    func draw(_ buffer: ScreenBuffer) {
        werase(window)
        // Most neighbouring cells share a style: set it only when it changes.
        var current: CellStyle?
        var run: [UInt8] = []
        run.reserveCapacity(buffer.width * 4)
        for row in 0..<buffer.height {
            var column = 0
            while column < buffer.width {
                let cell = buffer[row, column]
                if cell.style != current {
                    let (attrs, pair) = palette.attributes(cell.style)
                    jcta_set_style(window, attrs, pair)
                    current = cell.style
                }
                switch cell.content {
                case .continuation:
                    column += 1
                case .line(let piece):
                    mvwaddch(window, Int32(row), Int32(column), Self.lineCharacter(piece))
                    column += 1
                case .character:
                    let start = column
                    // UTF-8 bytes, not a String: appending Characters checks grapheme breaks at every join.
                    run.removeAll(keepingCapacity: true)
                    scan: while column < buffer.width {
                        let next = buffer[row, column]
                        guard next.style == cell.style else { break }
                        switch next.content {
                        case .character(let character): run.append(contentsOf: character.utf8)
                        case .continuation: break
                        case .line: break scan
                        }
                        column += 1
                    }
                    run.withUnsafeBufferPointer { bytes in
                        bytes.withMemoryRebound(to: CChar.self) {
                            _ = mvwaddnstr(window, Int32(row), Int32(start), $0.baseAddress, Int32($0.count))
                        }
                    }
                }
            }
        }
        jcta_set_style(window, jcta_a_normal(), 0)
        wrefresh(window)
    }

    private static func lineCharacter(_ piece: ScreenBuffer.Line) -> chtype {
        switch piece {
        case .horizontal: jcta_acs_hline()
        case .vertical: jcta_acs_vline()
        case .topLeft: jcta_acs_ulcorner()
        case .topRight: jcta_acs_urcorner()
        case .bottomLeft: jcta_acs_llcorner()
        case .bottomRight: jcta_acs_lrcorner()
        }
    }
}
