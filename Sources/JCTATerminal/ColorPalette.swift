import CNcursesw
import JCTAScreens

/// Turns a cell style into curses attributes: colours where the terminal has them and NO_COLOR is unset,
/// otherwise bold and reverse video alone (monochrome).
struct ColorPalette {
    let usesColor: Bool

    /// Colour pairs by tone; 0 is the terminal's default.
    private static let pairs: [CellStyle.Tone: (pair: Int16, foreground: Int16)] = [
        .accent: (1, Int16(COLOR_CYAN)),
        .warning: (2, Int16(COLOR_YELLOW)),
        .specified: (3, Int16(COLOR_RED)),
        .clinical: (4, Int16(COLOR_YELLOW)),
        .outOfScope: (5, Int16(COLOR_GREEN)),
        .consult: (6, Int16(COLOR_MAGENTA)),
    ]

    /// Starts colour when allowed and available; call after `newterm`.
    init(allowColor: Bool) {
        guard allowColor, has_colors(), start_color() == OK else {
            usesColor = false
            return
        }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        for (_, entry) in Self.pairs {
            init_pair(entry.pair, entry.foreground, background)
        }
        usesColor = true
    }

    func attributes(_ style: CellStyle) -> (attrs: attr_t, pair: Int16) {
        var attrs = jcta_a_normal()
        if style.bold { attrs |= jcta_a_bold() }
        if style.reverse { attrs |= jcta_a_reverse() }
        if style.tone == .muted { attrs |= jcta_a_dim() }
        guard let entry = Self.pairs[style.tone] else { return (attrs, 0) }
        if usesColor { return (attrs, entry.pair) }
        // Without colour, a tone that carries meaning is at least bold.
        return (attrs | jcta_a_bold(), 0)
    }
}
