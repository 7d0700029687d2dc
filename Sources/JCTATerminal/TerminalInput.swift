import CNcursesw
import JCTAScreens

/// What one read from the terminal produced.
enum TerminalInput: Equatable {
    case key(KeyEvent)
    case resize
    /// No key within the timeout, or the read was interrupted by a signal.
    case idle
    /// A key jcta gives no meaning (a control character, an unmapped function key).
    case ignored

    /// Decodes a `wget_wch` result: `KEY_CODE_YES` with a function-key code, `OK` with a character.
    static func decode(status: Int32, code: UInt32) -> TerminalInput {
        if status == KEY_CODE_YES {
            switch Int32(code) {
            case KEY_RESIZE: return .resize
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE, KEY_DC: return .key(.backspace)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(Int32(code) - KEY_F0)))
            default: return .ignored
            }
        }
        guard status == OK else { return .idle }
        switch code {
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 0..<32: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
