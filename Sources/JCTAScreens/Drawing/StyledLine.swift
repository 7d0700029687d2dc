/// One laid-out line of a view: text, its style and how far it is indented.
struct StyledLine: Hashable, Sendable {
    var text: String
    var style: CellStyle = .plain
    var indent: Int = 0

    /// `text` wrapped to `width` columns; lines after the first are indented by `hanging` more.
    static func wrapped(_ text: String, width: Int, style: CellStyle = .plain, indent: Int = 0, hanging: Int = 0) -> [StyledLine] {
        let first = TextWrap.lines(text, width: width - indent)
        guard hanging > 0, first.count > 1 else {
            return first.map { StyledLine(text: $0, style: style, indent: indent) }
        }
        // Re-wrap the rest at the narrower width so the hanging lines fit.
        let head = first[0]
        let rest = String(text.dropFirst(head.count)).drop { $0 == " " }
        let tail = TextWrap.lines(String(rest), width: width - indent - hanging)
        return [StyledLine(text: head, style: style, indent: indent)]
            + tail.map { StyledLine(text: $0, style: style, indent: indent + hanging) }
    }

    /// Like `wrapped`, but never breaks inside any of `units` (a date range such as 「(2025-05-31 - )」).
    static func wrapped(_ text: String, width: Int, style: CellStyle = .plain, indent: Int = 0, hanging: Int = 0,
                        keepingWhole units: [String]) -> [StyledLine] {
        // Each unit is wrapped as a placeholder word of its display width (Japanese text may break between
        // any two characters, so joining its spaces is not enough), then put back.
        var joined = Array(text)
        var placed: [(placeholder: [Character], unit: [Character])] = []
        for (index, unit) in units.enumerated() {
            let mark = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
            let placeholder = Array(repeating: mark, count: DisplayWidth.of(unit))
            let replaced = replacing(Array(unit), with: placeholder, in: joined)
            guard replaced != joined else { continue }
            joined = replaced
            placed.append((placeholder, Array(unit)))
        }
        guard !placed.isEmpty else { return wrapped(text, width: width, style: style, indent: indent, hanging: hanging) }
        return wrapped(String(joined), width: width, style: style, indent: indent, hanging: hanging).map { line in
            let restored = placed.reduce(Array(line.text)) { replacing($1.placeholder, with: $1.unit, in: $0) }
            return StyledLine(text: String(restored), style: line.style, indent: line.indent)
        }
    }

    /// `text` with every occurrence of `target` (left to right, not overlapping) replaced. Written here
    /// rather than with Foundation's `replacingOccurrences`, which bridges through NSString: that was a
    /// third of drawing the welcome screen.
    private static func replacing(_ target: [Character], with replacement: [Character], in text: [Character]) -> [Character] {
        guard !target.isEmpty, target.count <= text.count else { return text }
        var out: [Character] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + target.count <= text.count, text[index..<index + target.count].elementsEqual(target) {
                out += replacement
                index += target.count
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return out
    }
}
