/// How many terminal columns text takes: East Asian Wide and Fullwidth characters 2, combining marks and
/// format characters 0, others 1. Pure Swift and locale-independent, so layout is the same in tests, under
/// `LC_ALL=C` and on every terminal; it matches glibc's `wcwidth` on the Japanese ranges.
public enum DisplayWidth {
    /// Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, plus emoji presentation blocks.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Columns of one scalar: 0, 1 or 2 (control characters count 0; screens never draw them).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        // Kanji, kana, CJK punctuation and fullwidth forms, most of what Japanese text is made of: wide, and
        // none of them a mark (the kana voicing marks U+3099–309A and tone marks U+302A–302D are left out).
        if (0x4E00...0x9FFF).contains(value) || (0x3000...0x3029).contains(value) || (0x3041...0x3096).contains(value)
            || (0x30A0...0x30FF).contains(value) || (0xFF01...0xFF60).contains(value) {
            return 2
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0xFE00...0xFE0F).contains(value) || (0x1160...0x11FF).contains(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// Columns of one character (a grapheme cluster): its base scalar decides, marks add nothing.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The sum over characters is the sum over scalars: no need to find character boundaries.
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a character.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let width = of(character)
            if used + width > columns { break }
            used += width
            out.append(character)
        }
        return out
    }

    /// `text` cut to `columns`, ending in an ellipsis when cut. Only for a line whose full text is one key away
    /// (and the key bar shows the key): what carries meaning wraps instead. The ellipsis is East Asian
    /// Ambiguous, one column in some terminals and two in others, so two columns are kept for it. An English
    /// cut backs up to the last space when one is near (never mid-word without the mark); Japanese, written
    /// without spaces, is cut where the columns end.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        guard columns > 2 else { return prefix(text, fitting: columns) }
        var kept = prefix(text, fitting: columns - 2)
        let rest = text.dropFirst(kept.count)
        if let last = kept.last, let next = rest.first, isWordCharacter(last), isWordCharacter(next),
           let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= kept.count / 2 {
            kept = String(kept[..<space])
        }
        while let last = kept.last, " 　,、;:".contains(last) { kept.removeLast() }
        return kept + "\u{2026}"
    }

    /// Letters and digits of words written with spaces between them (Latin script): cutting between two of
    /// them cuts a word.
    private static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.value < 0x2E80 else { return false }
        return character.isLetter || character.isNumber
    }

    /// The longest suffix of `text` that fits in `columns` (for a text field showing its end).
    public static func suffix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var out: [Character] = []
        for character in text.reversed() {
            let width = of(character)
            if used + width > columns { break }
            used += width
            out.append(character)
        }
        return String(out.reversed())
    }
}
