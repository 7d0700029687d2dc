/// Where a piece of a questionnaire was written (1-based line and column).
///
/// A questionnaire keeps one for every question, choice and reference, so it is kept small: the file's name
/// once per file (a shared reference, not a copy per location) and the line and column as 32-bit numbers,
/// 16 bytes instead of 32 (a 100,000-question file has over a million of them).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    private var fileName: FileName
    private var storedLine: Int32
    private var storedColumn: Int32

    public var file: String {
        get { fileName.text }
        set { fileName = FileName.named(newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        fileName = FileName.named(file)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// One `FileName` per distinct name, so the same object means the same name.
    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.storedLine == b.storedLine && a.storedColumn == b.storedColumn && a.fileName === b.fileName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
                  column: try c.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}
