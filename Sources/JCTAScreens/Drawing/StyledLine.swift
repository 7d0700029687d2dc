import Foundation

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
        var joined = text
        var placed: [(placeholder: String, unit: String)] = []
        for (index, unit) in units.enumerated() where joined.contains(unit) {
            let mark = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
            let placeholder = String(repeating: mark, count: DisplayWidth.of(unit))
            joined = joined.replacingOccurrences(of: unit, with: placeholder)
            placed.append((placeholder, unit))
        }
        return wrapped(joined, width: width, style: style, indent: indent, hanging: hanging).map { line in
            let text = placed.reduce(line.text) { $0.replacingOccurrences(of: $1.placeholder, with: $1.unit) }
            return StyledLine(text: text, style: line.style, indent: line.indent)
        }
    }
}
