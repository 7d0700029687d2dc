/// Headers and names on the training screens cut to their columns with "…" where they are cut, never
/// mid-word without it: an English cut backs up to the last space when one is near, Japanese cuts anywhere.
/// The mark is budgeted two columns, because "…" is East Asian Ambiguous and two columns wide on terminals
/// set to treat those as wide (docs: terminal notes); elsewhere the spare column stays blank.
enum TrainingEllipsis {
    static let mark = "…"

    static func fit(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns >= 2 else { return "" }
        var kept = DisplayWidth.prefix(text, fitting: columns - 2)
        let rest = text.dropFirst(kept.count)
        if let last = kept.last, let next = rest.first, isWordCharacter(last), isWordCharacter(next),
           let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= kept.count / 2 {
            kept = String(kept[..<space])
        }
        while let last = kept.last, " 　,、;:".contains(last) { kept.removeLast() }
        return kept + mark
    }

    /// Letters and digits of words written with spaces between them (Latin script): cutting between two of
    /// them cuts a word. Japanese has no spaces to back up to, so it is cut where the columns end.
    private static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.value < 0x2E80 else { return false }
        return character.isLetter || character.isNumber
    }
}
