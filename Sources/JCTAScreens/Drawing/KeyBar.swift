/// The bottom row (two when one is not enough): the keys that work on the current screen, all of them.
enum KeyBar {
    struct Item: Hashable {
        var key: String
        var label: String

        init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }

        var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(label) }
    }

    /// The items split into rows of `width` columns: one row when they fit, else two. On a narrow screen the
    /// gap between items shrinks to one column before anything is left out; if even that is not enough, items
    /// before the last two give way (the help panel lists every key): the last two, the language and the way
    /// out on every screen that has them, always stay.
    static func rows(_ items: [Item], width: Int) -> [[Item]] {
        layout(items, width: width).rows
    }

    /// The rows and the gap between items they were laid out with.
    static func layout(_ items: [Item], width: Int) -> (rows: [[Item]], gap: Int) {
        for gap in [2, 1] {
            if let rows = fitted(items, width: width, gap: gap) { return (rows, gap) }
        }
        var kept = items
        while kept.count > 2 {
            kept.remove(at: kept.count - 3)
            if let rows = fitted(kept, width: width, gap: 1) { return (rows, 1) }
        }
        return ([kept], 1)
    }

    /// The items in at most two rows with `gap` columns between them; nil when they do not fit.
    private static func fitted(_ items: [Item], width: Int, gap: Int) -> [[Item]]? {
        var rows: [[Item]] = [[]]
        var column = 1
        for item in items {
            if column + item.width > width, !rows[rows.count - 1].isEmpty {
                guard rows.count < 2 else { return nil }
                rows.append([])
                column = 1
            }
            rows[rows.count - 1].append(item)
            column += item.width + gap
        }
        return rows
    }

    /// Draws the rows so the last ends on `lastRow`; returns the first row used.
    @discardableResult
    static func render(_ items: [Item], lastRow: Int, width: Int, into buffer: inout ScreenBuffer) -> Int {
        let (rows, gap) = layout(items, width: width)
        let top = lastRow - rows.count + 1
        for (offset, row) in rows.enumerated() {
            buffer.clear(row: top + offset)
            var column = 1
            for item in row where column + item.width <= width {
                column = buffer.write(item.key, row: top + offset, column: column, style: .highlighted)
                column = buffer.write(" " + item.label, row: top + offset, column: column) + gap
            }
        }
        return top
    }
}
