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
        // any two characters, so joining its spaces is not enough), then put back. The work is on UTF-8 bytes:
        // a whole valid sequence found in valid UTF-8 starts and ends on scalar boundaries.
        var joined = Array(text.utf8)
        var placed: [(placeholder: [UInt8], unit: [UInt8])] = []
        for (index, unit) in units.enumerated() {
            let placeholder = Array(repeating: UInt8(ascii: "a") + UInt8(index % 26), count: DisplayWidth.of(unit))
            let replaced = replacing(Array(unit.utf8), with: placeholder, in: joined)
            guard replaced != joined else { continue }
            joined = replaced
            placed.append((placeholder, Array(unit.utf8)))
        }
        guard !placed.isEmpty else { return wrapped(text, width: width, style: style, indent: indent, hanging: hanging) }
        return wrapped(String(decoding: joined, as: UTF8.self), width: width, style: style, indent: indent, hanging: hanging).map { line in
            let restored = placed.reduce(Array(line.text.utf8)) { replacing($1.placeholder, with: $1.unit, in: $0) }
            return StyledLine(text: String(decoding: restored, as: UTF8.self), style: line.style, indent: line.indent)
        }
    }

    /// `text` with every occurrence of `target` (left to right, not overlapping) replaced. Written here
    /// rather than with Foundation's `replacingOccurrences`, which bridges through NSString: that was a
    /// third of drawing the welcome screen.
    private static func replacing(_ target: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard !target.isEmpty, target.count <= text.count else { return text }
        var out: [UInt8] = []
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
