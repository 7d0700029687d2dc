/// The bottom row: the keys that work on the current screen.
enum KeyBar {
    struct Item: Hashable {
        var key: String
        var label: String

        init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    static func render(_ items: [Item], row: Int, width: Int, into buffer: inout ScreenBuffer) {
        buffer.clear(row: row)
        var column = 1
        for item in items {
            let needed = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            guard column + needed <= width else { break }
            column = buffer.write(item.key, row: row, column: column, style: .highlighted)
            column = buffer.write(" " + item.label, row: row, column: column) + 2
        }
    }
}
