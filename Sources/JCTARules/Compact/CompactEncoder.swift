/// Encodes any `Encodable` value into the compact form the build embeds for each edition (see
/// `CompactDecoder` for the layout). Derived from `Codable`, so a new stored field of a model type is
/// encoded with no change here. Used at build time and by the tests; never at start-up.
public enum CompactEncoder {
    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let (strings, body) = try encodeParts(value)
        var out: [UInt8] = []
        CompactToken.writeNumber(strings.count, tag: nil, into: &out)
        for string in strings {
            CompactToken.writeNumber(string.utf8.count, tag: nil, terminator: CompactToken.stringStart, into: &out)
            out += string.utf8
        }
        return out + body
    }

    /// The string table and the values apart: the build writes the table as Swift string literals (the
    /// binary then holds each text ready to use, with no copy or UTF-8 check at start-up) and the values
    /// as bytes.
    public static func encodeParts<T: Encodable>(_ value: T) throws -> (strings: [String], body: [UInt8]) {
        let root = Slot()
        try value.encode(to: TreeEncoder(slot: root))
        var strings = StringTable()
        root.collectStrings(into: &strings)
        var body: [UInt8] = []
        root.write(into: &body, strings: strings)
        return (strings.list, body)
    }

    struct StringTable {
        var list: [String] = []
        var index: [String: Int] = [:]

        mutating func add(_ string: String) {
            if index[string] == nil {
                index[string] = list.count
                list.append(string)
            }
        }
    }

    /// One value of the tree, filled in by the encoder's containers.
    final class Slot {
        enum Value {
            case string(String)
            case number(String)
            case bool(Bool)
            case null
            case keyed(Keyed)
            case unkeyed(Unkeyed)
        }
        var value: Value = .null

        func collectStrings(into strings: inout StringTable) {
            switch value {
            case .string(let string): strings.add(string)
            case .keyed(let keyed):
                for (key, slot) in keyed.sortedEntries {
                    strings.add(key)
                    slot.collectStrings(into: &strings)
                }
            case .unkeyed(let unkeyed): unkeyed.items.forEach { $0.collectStrings(into: &strings) }
            case .number, .bool, .null: break
            }
        }

        func write(into out: inout [UInt8], strings: StringTable) {
            switch value {
            case .string(let string): CompactToken.writeNumber(strings.index[string]!, tag: CompactToken.string, into: &out)
            case .number(let text):
                out.append(CompactToken.number)
                out += text.utf8
                out.append(CompactToken.end)
            case .bool(let flag): out.append(flag ? CompactToken.true : CompactToken.false)
            case .null: out.append(CompactToken.null)
            case .keyed(let keyed):
                var body: [UInt8] = []
                for (key, slot) in keyed.sortedEntries {
                    CompactToken.writeNumber(strings.index[key]!, tag: nil, into: &body)
                    slot.write(into: &body, strings: strings)
                }
                CompactToken.writeNumber(keyed.entries.count, tag: CompactToken.keyed, into: &out)
                CompactToken.writeNumber(body.count, tag: nil, into: &out)
                out += body
            case .unkeyed(let unkeyed):
                var body: [UInt8] = []
                unkeyed.items.forEach { $0.write(into: &body, strings: strings) }
                CompactToken.writeNumber(unkeyed.items.count, tag: CompactToken.unkeyed, into: &out)
                CompactToken.writeNumber(body.count, tag: nil, into: &out)
                out += body
            }
        }
    }

    final class Keyed {
        var entries: [(key: String, slot: Slot)] = []
        /// Keys that are data (a dictionary's), not a type's fields: written sorted, so the output does not
        /// depend on hashing order.
        let dynamicKeys: Bool

        init(dynamicKeys: Bool) {
            self.dynamicKeys = dynamicKeys
        }

        var sortedEntries: [(key: String, slot: Slot)] {
            dynamicKeys ? entries.sorted { $0.key < $1.key } : entries
        }

        func slot(for key: String) -> Slot {
            let slot = Slot()
            entries.append((key, slot))
            return slot
        }
    }

    final class Unkeyed {
        var items: [Slot] = []

        func next() -> Slot {
            let slot = Slot()
            items.append(slot)
            return slot
        }
    }

    struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let keyed: Keyed
            if case .keyed(let existing) = slot.value {
                keyed = existing
            } else {
                // A type's own coding keys refuse unknown names; a dictionary's accept any.
                keyed = Keyed(dynamicKeys: Key(stringValue: "\u{0}jcta-any-key") != nil)
                slot.value = .keyed(keyed)
            }
            return KeyedEncodingContainer(KeyedWriter<Key>(keyed: keyed, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let unkeyed: Unkeyed
            if case .unkeyed(let existing) = slot.value {
                unkeyed = existing
            } else {
                unkeyed = Unkeyed()
                slot.value = .unkeyed(unkeyed)
            }
            return UnkeyedWriter(unkeyed: unkeyed, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleWriter(slot: slot, codingPath: codingPath)
        }
    }

    static func encode<T: Encodable>(_ value: T, into slot: Slot, codingPath: [any CodingKey]) throws {
        switch value {
        case let string as String: slot.value = .string(string)
        case let flag as Bool: slot.value = .bool(flag)
        case let number as any BinaryInteger: slot.value = .number("\(number)")
        case let number as Double: slot.value = .number("\(number)")
        case let number as Float: slot.value = .number("\(number)")
        default: try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
        }
    }

    struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let keyed: Keyed
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {
            keyed.slot(for: key.stringValue).value = .null
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try CompactEncoder.encode(value, into: keyed.slot(for: key.stringValue), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: keyed.slot(for: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(slot: keyed.slot(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: keyed.slot(for: "super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(slot: keyed.slot(for: key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedWriter: UnkeyedEncodingContainer {
        let unkeyed: Unkeyed
        var codingPath: [any CodingKey]
        var count: Int { unkeyed.items.count }

        mutating func encodeNil() throws {
            unkeyed.next().value = .null
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try CompactEncoder.encode(value, into: unkeyed.next(), codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: unkeyed.next(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(slot: unkeyed.next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: unkeyed.next(), codingPath: codingPath)
        }
    }

    struct SingleWriter: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws {
            slot.value = .null
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try CompactEncoder.encode(value, into: slot, codingPath: codingPath)
        }
    }
}

/// The bytes that tag each value of the compact form.
enum CompactToken {
    static let string = UInt8(ascii: "s")
    static let number = UInt8(ascii: "i")
    static let `true` = UInt8(ascii: "t")
    static let `false` = UInt8(ascii: "f")
    static let null = UInt8(ascii: "n")
    static let keyed = UInt8(ascii: "k")
    static let unkeyed = UInt8(ascii: "u")
    static let end = UInt8(ascii: ";")
    static let stringStart = UInt8(ascii: ":")

    static func writeNumber(_ value: Int, tag: UInt8?, terminator: UInt8 = end, into out: inout [UInt8]) {
        if let tag { out.append(tag) }
        out += String(value).utf8
        out.append(terminator)
    }
}
