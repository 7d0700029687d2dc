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

    private let window: UnsafeMutablePointer<WINDOW>
    private var original: termios
    private let palette: ColorPalette
    private var restored = false

    /// Milliseconds a key read waits before reporting `idle` (the run loop's tick).
    public static let idleMilliseconds: Int32 = 250

    private init(window: UnsafeMutablePointer<WINDOW>, original: termios, palette: ColorPalette) {
        self.window = window
        self.original = original
        self.palette = palette
    }

    /// Starts full-screen mode on standard input and output. `allowColor` is false under NO_COLOR.
    public static func start(allowColor: Bool) throws(Unavailable) -> Terminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !name.isEmpty, name != "dumb" else { throw .dumbTerminal }
        guard TerminalLocale.ensureUTF8() else { throw .noUTF8Locale }
        var status: Int32 = 0
        guard setupterm(nil, STDOUT_FILENO, &status) == OK, jcta_can_address_cursor() != 0 else {
            throw .unknownTerminal(name)
        }
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        // Ours before newterm, so ncurses does not install its own (it only does where the action is SIG_DFL).
        SignalFlags.install()
        guard newterm(nil, jcta_stdout(), jcta_stdin()) != nil, let window = jcta_stdscr() else {
            SignalFlags.reset()
            throw .unknownTerminal(name)
        }
        CrashGuard.arm(original: original)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, idleMilliseconds)
        curs_set(0)
        let palette = ColorPalette(allowColor: allowColor)
        return Terminal(window: window, original: original, palette: palette)
    }

    /// Leaves full-screen mode and restores the terminal settings saved at start. Safe to call twice.
    public func restore() {
        guard !restored else { return }
        restored = true
        endwin()
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
        CrashGuard.disarm()
        SignalFlags.reset()
    }

    deinit {
        restore()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Stops the process on Ctrl-Z with the terminal as the shell expects it, and takes the screen back
    /// when continued (SIGCONT).
    func suspend() {
        endwin()
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
        SignalFlags.reset([SIGTSTP])
        raise(SIGTSTP)
        // Running again.
        SignalFlags.install([SIGTSTP])
        clearok(window, true)
    }

    func read() -> TerminalInput {
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        return TerminalInput.decode(status: status, code: UInt32(code))
    }

    /// Draws the buffer; cells with the same style go out as one string.
    func draw(_ buffer: ScreenBuffer) {
        werase(window)
        for row in 0..<buffer.height {
            var column = 0
            while column < buffer.width {
                let cell = buffer[row, column]
                let (attrs, pair) = palette.attributes(cell.style)
                jcta_set_style(window, attrs, pair)
                switch cell.content {
                case .continuation:
                    column += 1
                case .line(let piece):
                    mvwaddch(window, Int32(row), Int32(column), Self.lineCharacter(piece))
                    column += 1
                case .character:
                    let start = column
                    var run = ""
                    scan: while column < buffer.width {
                        let next = buffer[row, column]
                        guard next.style == cell.style else { break }
                        switch next.content {
                        case .character(let character): run.append(character)
                        case .continuation: break
                        case .line: break scan
                        }
                        column += 1
                    }
                    mvwaddstr(window, Int32(row), Int32(start), run)
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
