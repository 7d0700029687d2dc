/// How a cell is drawn: a tone (mapped to a colour, or to bold/reverse on a monochrome terminal) and attributes.
public struct CellStyle: Hashable, Sendable {
    /// What a piece of text means; the terminal picks the colour.
    public enum Tone: Hashable, Sendable, CaseIterable {
        case normal, accent, muted, warning
        case specified, clinical, outOfScope, consult
    }

    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool

    public init(tone: Tone = .normal, bold: Bool = false, reverse: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
    }

    public static let plain = CellStyle()
    public static let strong = CellStyle(bold: true)
    public static let highlighted = CellStyle(reverse: true)
    public static let muted = CellStyle(tone: .muted)

    /// One character per cell for golden files: `.` plain, `b` bold, `r` reverse, `R` both, else the tone's
    /// letter (upper case when reversed).
    public var code: Character {
        let letter: Character
        switch tone {
        case .normal: return reverse ? (bold ? "R" : "r") : (bold ? "b" : ".")
        case .accent: letter = "a"
        case .muted: letter = "m"
        case .warning: letter = "w"
        case .specified: letter = "s"
        case .clinical: letter = "c"
        case .outOfScope: letter = "o"
        case .consult: letter = "u"
        }
        return reverse ? Character(letter.uppercased()) : letter
    }
}
