/// What one typed entry means at a line-mode prompt, read forgivingly: a Japanese input method left on
/// gives full-width characters (１, ｂ, ？), and a screen-reader user may type a choice's label out in full.
enum PlainEntry: Equatable {
    case number(Int)
    case back
    case help
    /// `k`: the list of keys (`?` reads the help, then says how to hear it).
    case keys
    case cases
    case glossary
    case restart
    case quit
    case language
    case again
    case helpAlways
    case save
    /// `n`: no to a yes/no question; on a kiosk's result, the next person.
    case next
    case operatorPIN
    case yes
    case no
    /// Anything else, as typed (cleaned up).
    case other(String)

    /// The typed command for the kiosk operator's PIN prompt (F12 in the full screen).
    static let operatorCommand = "admin"

    init(_ typed: String) {
        let text = Self.normalized(typed)
        if let number = Int(text), number > 0 {
            self = .number(number)
            return
        }
        switch text {
        case "b": self = .back
        case "?": self = .help
        case "k", "K": self = .keys
        case "c": self = .cases
        case "g": self = .glossary
        case "r": self = .restart
        case "q": self = .quit
        case "L", "l": self = .language
        case "a": self = .again
        case "h": self = .helpAlways
        case "e": self = .save
        case "n", "N": self = .next
        case "no", "No", "いいえ": self = .no
        case "y", "Y", "yes", "Yes", "はい": self = .yes
        case Self.operatorCommand: self = .operatorPIN
        default: self = .other(text)
        }
    }

    /// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become their ASCII forms; surrounding
    /// spaces go.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return trimmed(String(scalars))
    }

    /// The index of the choice whose label is `typed` (ignoring width, case and surrounding spaces).
    static func choiceIndex(labelled typed: String, among labels: [String]) -> Int? {
        let wanted = comparable(typed)
        guard !wanted.isEmpty else { return nil }
        return labels.firstIndex { comparable($0) == wanted }
    }

    private static func comparable(_ text: String) -> String {
        normalized(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words of a line with several on it (`1 1 2` from a pipe), each a separate entry.
    static func words(_ typed: String) -> [String] {
        normalized(typed).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
