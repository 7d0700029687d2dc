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

    /// The items split into rows of `width` columns: one row when they fit, else two; what a third row
    /// would hold is left to the help panel's key list (only below the accepted sizes).
    static func rows(_ items: [Item], width: Int) -> [[Item]] {
        var rows: [[Item]] = [[]]
        var column = 1
        for item in items {
            if column + item.width > width, !rows[rows.count - 1].isEmpty {
                guard rows.count < 2 else { break }
                rows.append([])
                column = 1
            }
            rows[rows.count - 1].append(item)
            column += item.width + 2
        }
        return rows
    }

    /// Draws the rows so the last ends on `lastRow`; returns the first row used.
    @discardableResult
    static func render(_ items: [Item], lastRow: Int, width: Int, into buffer: inout ScreenBuffer) -> Int {
        let rows = rows(items, width: width)
        let top = lastRow - rows.count + 1
        for (offset, row) in rows.enumerated() {
            buffer.clear(row: top + offset)
            var column = 1
            for item in row where column + item.width <= width {
                column = buffer.write(item.key, row: top + offset, column: column, style: .highlighted)
                column = buffer.write(" " + item.label, row: top + offset, column: column) + 2
            }
        }
        return top
    }
}
