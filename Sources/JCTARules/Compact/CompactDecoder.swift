/// Decodes the compact form `CompactEncoder` writes into any `Decodable` value, with no Foundation and no
/// YAML: the format's general reader (an embedded edition is read by `CompactModelReader`, which is faster).
///
/// Layout (ASCII tags, so the build can embed it as a string literal): the string table first, `N;` then
/// `LEN:bytes` per distinct string; then one value: `sI;` (string number I), `iTEXT;` (a number), `t`, `f`,
/// `n` (nil), `kCOUNT;LEN;` followed by COUNT pairs of `KEY;` (a string number) and a value, or
/// `uCOUNT;LEN;` followed by COUNT values (LEN: bytes of what follows the header, so a reader can step over
/// it). A type's fields come in the order `Codable` encodes them, which is the order it decodes them in.
public enum CompactDecoder {
    public struct Malformed: Error, CustomStringConvertible {
        public var offset: Int
        public var what: String
        public var description: String { "compact data malformed at byte \(offset): \(what)" }
    }

    /// Decodes `bytes`, which must stay valid while this runs (the strings are copied out).
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let reader = try CompactReader(bytes)
        var cursor = reader.bodyStart
        return try reader.decodeValue(type, at: &cursor)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }
}

/// The bytes, the string table, and the primitive reads the containers share.
final class CompactReader {
    let bytes: UnsafeRawBufferPointer
    let strings: [String]
    let bodyStart: Int

    init(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes = bytes
        var cursor = 0
        let count = try Self.number(bytes, at: &cursor, terminator: CompactToken.end)
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try Self.number(bytes, at: &cursor, terminator: CompactToken.stringStart)
            guard length >= 0, cursor + length <= bytes.count else { throw CompactDecoder.Malformed(offset: cursor, what: "string past the end") }
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[cursor..<cursor + length]), as: UTF8.self))
            cursor += length
        }
        self.strings = strings
        bodyStart = cursor
    }

    /// The values of `CompactEncoder.encodeParts`, with their string table apart.
    init(strings: [String], values bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        self.strings = strings
        bodyStart = 0
    }

    static func number(_ bytes: UnsafeRawBufferPointer, at cursor: inout Int, terminator: UInt8) throws -> Int {
        var value = 0
        var negative = false
        let start = cursor
        while cursor < bytes.count {
            let byte = bytes[cursor]
            cursor += 1
            if byte == terminator {
                guard cursor - start > (negative ? 2 : 1) else { break }
                return negative ? -value : value
            }
            if byte == UInt8(ascii: "-") && cursor - 1 == start {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
        }
        throw CompactDecoder.Malformed(offset: start, what: "expected a number")
    }

    func number(at cursor: inout Int) throws -> Int {
        try Self.number(bytes, at: &cursor, terminator: CompactToken.end)
    }

    func malformed(_ cursor: Int, _ what: String) -> CompactDecoder.Malformed {
        CompactDecoder.Malformed(offset: cursor, what: what)
    }

    func tag(at cursor: Int) throws -> UInt8 {
        guard cursor < bytes.count else { throw malformed(cursor, "unexpected end") }
        return bytes[cursor]
    }

    /// Where the value at `cursor` ends.
    func end(ofValueAt cursor: Int) throws -> Int {
        var position = cursor + 1
        switch try tag(at: cursor) {
        case CompactToken.string, CompactToken.number:
            while try tag(at: position) != CompactToken.end { position += 1 }
            return position + 1
        case CompactToken.true, CompactToken.false, CompactToken.null:
            return position
        case CompactToken.keyed, CompactToken.unkeyed:
            _ = try number(at: &position)
            let length = try number(at: &position)
            return position + length
        default:
            throw malformed(cursor, "unknown tag")
        }
    }

    func string(at cursor: inout Int) throws -> String {
        guard try tag(at: cursor) == CompactToken.string else { throw malformed(cursor, "expected a string") }
        cursor += 1
        let index = try number(at: &cursor)
        guard strings.indices.contains(index) else { throw malformed(cursor, "string number out of range") }
        return strings[index]
    }

    func numberText(at cursor: inout Int) throws -> Substring {
        guard try tag(at: cursor) == CompactToken.number else { throw malformed(cursor, "expected a number") }
        let start = cursor + 1
        cursor = start
        while try tag(at: cursor) != CompactToken.end { cursor += 1 }
        cursor += 1
        return Substring(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<cursor - 1]), as: UTF8.self)
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, at cursor: inout Int) throws -> T {
        guard try tag(at: cursor) == CompactToken.number else { throw malformed(cursor, "expected a number") }
        cursor += 1
        let start = cursor
        let value = try number(at: &cursor)
        guard let exact = T(exactly: value) else { throw malformed(start, "number out of range for \(T.self)") }
        return exact
    }

    func bool(at cursor: inout Int) throws -> Bool {
        let byte = try tag(at: cursor)
        cursor += 1
        switch byte {
        case CompactToken.true: return true
        case CompactToken.false: return false
        default: throw malformed(cursor - 1, "expected true or false")
        }
    }

    /// Reads the header of a keyed or unkeyed value: its count, and moves past the header.
    func header(_ expected: UInt8, at cursor: inout Int) throws -> (count: Int, end: Int) {
        guard try tag(at: cursor) == expected else {
            throw malformed(cursor, expected == CompactToken.keyed ? "expected a mapping" : "expected a list")
        }
        cursor += 1
        let count = try number(at: &cursor)
        let length = try number(at: &cursor)
        return (count, cursor + length)
    }

    /// Decodes the value at `cursor` and leaves `cursor` after it, however much of it the type read.
    /// (Every read leaves the cursor after what it read, which is what the containers rely on.)
    func decodeValue<T: Decodable>(_ type: T.Type, at cursor: inout Int) throws -> T {
        if T.self == String.self { return try string(at: &cursor) as! T }
        if T.self == Int.self { return try integer(Int.self, at: &cursor) as! T }
        if T.self == Bool.self { return try bool(at: &cursor) as! T }
        let end = try end(ofValueAt: cursor)
        let value = try T(from: ValueDecoder(reader: self, cursor: cursor))
        cursor = end
        return value
    }
}

struct ValueDecoder: Decoder {
    let reader: CompactReader
    let cursor: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedValueReader<Key>(reader: reader, at: cursor))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedValueReader(reader: reader, at: cursor)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueReader(reader: reader, cursor: cursor)
    }
}

/// A type's fields (or a dictionary's entries). Fields are read in the order they were written; a key
/// asked out of order is looked for from the start.
final class KeyedValueReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    let first: Int
    let count: Int
    /// The next unread entry: its number and where its key starts.
    var nextIndex = 0
    var next: Int
    var codingPath: [any CodingKey] { [] }

    init(reader: CompactReader, at cursor: Int) throws {
        var position = cursor
        let header = try reader.header(CompactToken.keyed, at: &position)
        self.reader = reader
        first = position
        count = header.count
        next = position
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = first
        for _ in 0..<count {
            guard let index = try? reader.number(at: &position), reader.strings.indices.contains(index),
                  let end = try? reader.end(ofValueAt: position) else { break }
            if let key = Key(stringValue: reader.strings[index]) { keys.append(key) }
            position = end
        }
        return keys
    }

    /// Where the value of `key` starts, and the entry after it; nil when absent.
    func find(_ key: Key) throws -> (value: Int, index: Int)? {
        let name = key.stringValue
        if nextIndex < count {
            var position = next
            let index = try reader.number(at: &position)
            if reader.strings[index] == name { return (position, nextIndex + 1) }
        }
        var position = first
        for entry in 0..<count {
            let index = try reader.number(at: &position)
            if reader.strings[index] == name { return (position, entry + 1) }
            position = try reader.end(ofValueAt: position)
        }
        return nil
    }

    func contains(_ key: Key) -> Bool {
        (try? find(key)) != nil
    }

    private func value<T>(_ key: Key, _ read: (inout Int) throws -> T) throws -> T {
        guard let (start, index) = try find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no '\(key.stringValue)'"))
        }
        var position = start
        let value = try read(&position)
        nextIndex = index
        next = position
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let (start, _) = try find(key) else { return true }
        return try reader.tag(at: start) == CompactToken.null
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let (start, _) = try find(key), try reader.tag(at: start) != CompactToken.null else { return nil }
        return try decode(type, forKey: key)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try value(key) { try reader.string(at: &$0) }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try value(key) { try reader.bool(at: &$0) }
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try value(key) { try reader.integer(Int.self, at: &$0) }
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try value(key) { cursor in
            let text = try reader.numberText(at: &cursor)
            guard let number = Double(text) else { throw reader.malformed(cursor, "not a number") }
            return number
        }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try value(key) { try reader.decodeValue(type, at: &$0) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                        forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(key) { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return KeyedDecodingContainer(try KeyedValueReader<NestedKey>(reader: reader, at: cursor))
        }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(key) { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return try UnkeyedValueReader(reader: reader, at: cursor)
        }
    }

    func superDecoder() throws -> any Decoder {
        throw reader.malformed(first, "superclass decoding is not supported")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try value(key) { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return ValueDecoder(reader: reader, cursor: cursor)
        }
    }
}

struct UnkeyedValueReader: UnkeyedDecodingContainer {
    let reader: CompactReader
    var position: Int
    var count: Int?
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(reader: CompactReader, at cursor: Int) throws {
        var position = cursor
        let header = try reader.header(CompactToken.unkeyed, at: &position)
        self.reader = reader
        self.position = position
        count = header.count
    }

    private mutating func item<T>(_ read: (inout Int) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, DecodingError.Context(codingPath: [], debugDescription: "list ended"))
        }
        var cursor = position
        let value = try read(&cursor)
        position = cursor
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.tag(at: position) == CompactToken.null else { return false }
        position += 1
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: String.Type) throws -> String {
        let reader = self.reader
        return try item { try reader.string(at: &$0) }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let reader = self.reader
        return try item { try reader.decodeValue(type, at: &$0) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let reader = self.reader
        return try item { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return KeyedDecodingContainer(try KeyedValueReader<NestedKey>(reader: reader, at: cursor))
        }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let reader = self.reader
        return try item { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return try UnkeyedValueReader(reader: reader, at: cursor)
        }
    }

    mutating func superDecoder() throws -> any Decoder {
        let reader = self.reader
        return try item { cursor in
            defer { cursor = (try? reader.end(ofValueAt: cursor)) ?? cursor }
            return ValueDecoder(reader: reader, cursor: cursor)
        }
    }
}

struct SingleValueReader: SingleValueDecodingContainer {
    let reader: CompactReader
    let cursor: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        (try? reader.tag(at: cursor)) == CompactToken.null
    }

    func decode(_ type: String.Type) throws -> String {
        var position = cursor
        return try reader.string(at: &position)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        var position = cursor
        return try reader.bool(at: &position)
    }

    func decode(_ type: Int.Type) throws -> Int {
        var position = cursor
        return try reader.integer(Int.self, at: &position)
    }

    func decode(_ type: Double.Type) throws -> Double {
        var position = cursor
        let text = try reader.numberText(at: &position)
        guard let number = Double(text) else { throw reader.malformed(cursor, "not a number") }
        return number
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        var position = cursor
        return try reader.decodeValue(type, at: &position)
    }
}
