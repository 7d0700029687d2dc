/// The screen as a grid of cells, the one thing views draw into and the terminal backend reads.
public struct ScreenBuffer: Sendable, Equatable {
    /// Frame pieces, drawn by the terminal with its line-drawing set (ACS) and in text grids as ASCII.
    public enum Line: Sendable, Hashable {
        case horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight

        public var ascii: Character {
            switch self {
            case .horizontal: "-"
            case .vertical: "|"
            case .topLeft, .topRight, .bottomLeft, .bottomRight: "+"
            }
        }
    }

    public enum Content: Sendable, Hashable {
        case character(Character)
        /// The right half of the wide character to its left.
        case continuation
        case line(Line)
    }

    public struct Cell: Sendable, Hashable {
        public var content: Content
        public var style: CellStyle

        public static let blank = Cell(content: .character(" "), style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var rows: [[Cell]]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        rows = Array(repeating: Array(repeating: .blank, count: self.width), count: self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        rows[row][column]
    }

    /// Writes `text` from (row, column), clipped at `limit` columns (default: the right edge); a wide
    /// character that would be cut is replaced by spaces. Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard (0..<height).contains(row) else { return column }
        let end = min(limit.map { column + $0 } ?? width, width)
        var x = column
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if x + columns > end {
                while x < end {
                    set(row, x, .character(" "), style)
                    x += 1
                }
                break
            }
            if x >= 0 {
                set(row, x, .character(character), style)
                if columns == 2 { set(row, x + 1, .continuation, style) }
            }
            x += columns
        }
        return x
    }

    /// Paints `style` over columns `from..<to` of `row`, keeping the text (a highlight bar).
    public mutating func restyle(row: Int, from: Int, to: Int, style: CellStyle) {
        let start = max(from, 0)
        let end = min(to, width)
        guard (0..<height).contains(row), start < end else { return }
        for x in start..<end {
            rows[row][x].style = style
        }
    }

    /// Blanks columns `from..<to` of `row`.
    public mutating func clear(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard (0..<height).contains(row) else { return }
        let end = min(to ?? width, width)
        guard max(from, 0) < end else { return }
        for x in max(from, 0)..<end {
            set(row, x, .character(" "), style)
        }
    }

    public mutating func horizontalRule(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard (0..<height).contains(row) else { return }
        let end = min(to ?? width, width)
        guard max(from, 0) < end else { return }
        for x in max(from, 0)..<end {
            set(row, x, .line(.horizontal), style)
        }
    }

    /// A blank box with a frame, covering rows `top...bottom` and columns `left...right`.
    public mutating func box(top: Int, left: Int, bottom: Int, right: Int, style: CellStyle = .plain) {
        guard bottom > top, right > left else { return }
        for y in top...bottom {
            clear(row: y, from: left, to: right + 1)
            let edge: Line = .vertical
            set(y, left, .line(y == top ? .topLeft : y == bottom ? .bottomLeft : edge), style)
            set(y, right, .line(y == top ? .topRight : y == bottom ? .bottomRight : edge), style)
        }
        horizontalRule(row: top, from: left + 1, to: right, style: style)
        horizontalRule(row: bottom, from: left + 1, to: right, style: style)
    }

    private mutating func set(_ row: Int, _ column: Int, _ content: Content, _ style: CellStyle) {
        guard (0..<height).contains(row), (0..<width).contains(column) else { return }
        // Overwriting half of a wide character leaves the other half blank, so the grid stays aligned.
        if case .continuation = rows[row][column].content, column > 0 {
            rows[row][column - 1].content = .character(" ")
        }
        if case .character(let old) = rows[row][column].content, DisplayWidth.of(old) == 2, column + 1 < width,
           content != .continuation {
            rows[row][column + 1].content = .character(" ")
        }
        rows[row][column] = Cell(content: content, style: style)
    }

    /// The text of each row, trailing spaces removed; frames as ASCII. Used by golden files and captures.
    public var textLines: [String] {
        rows.map { row in
            var line = ""
            for cell in row {
                switch cell.content {
                case .character(let character): line.append(character)
                case .continuation: break
                case .line(let piece): line.append(piece.ascii)
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One style code per cell (see `CellStyle.code`), trailing plain cells removed.
    public var styleLines: [String] {
        rows.map { row in
            var line = String(row.map(\.style.code))
            while line.last == "." { line.removeLast() }
            return line
        }
    }
}
