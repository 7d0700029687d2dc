/// A small strict JSON reader that remembers where each value starts, so an answers file's errors name
/// line and column. Only what answers files need; depth is bounded so hostile input cannot overflow the stack.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue, at: SourceLocation)], at: SourceLocation)
    case array([JSONValue], at: SourceLocation)
    case string(String, at: SourceLocation)
    case number(String, at: SourceLocation)
    case bool(Bool, at: SourceLocation)
    case null(at: SourceLocation)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a, _), .object(let b, _)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a, _), .array(let b, _)): a == b
        case (.string(let a, _), .string(let b, _)): a == b
        case (.number(let a, _), .number(let b, _)): a == b
        case (.bool(let a, _), .bool(let b, _)): a == b
        case (.null, .null): true
        default: false
        }
    }

    public var location: SourceLocation {
        switch self {
        case .object(_, let at), .array(_, let at), .string(_, let at), .number(_, let at), .bool(_, let at), .null(let at): at
        }
    }

    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "a list"
        case .string: "text"
        case .number: "a number"
        case .bool: "true/false"
        case .null: "null"
        }
    }

    /// The text of a string value, as the JSON files jcta reads (answers files) require for their fields;
    /// anything else is a diagnostic naming `what` ("title", "the answer to 'q1'").
    func stringValue(what: String) throws(Diagnostic) -> String {
        guard case .string(let text, _) = self else {
            throw Diagnostic(.wrongType, at: location, "\(what) must be text in quotes, found \(kindName)",
                             fix: "put the value in double quotes")
        }
        return text
    }

    public static let maximumDepth = 64

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> JSONValue {
        var parser = Parser(scalars: Array(text.unicodeScalars), file: file)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.position < parser.scalars.count {
            throw parser.error("unexpected text after the JSON value", fix: "remove what follows the closing '}'")
        }
        return value
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let file: String
        var position = 0
        var line = 1
        var column = 1

        var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

        func error(_ message: String, fix: String) -> Diagnostic {
            Diagnostic(.yamlSyntax, at: here, "JSON syntax error: \(message)", fix: fix)
        }

        mutating func advance() {
            if scalars[position] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            position += 1
        }

        mutating func skipSpace() {
            while position < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[position]) { advance() }
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws(Diagnostic) {
            guard position < scalars.count, scalars[position] == scalar else {
                throw error("expected '\(scalar)'", fix: "check the punctuation here")
            }
            advance()
        }

        mutating func value(depth: Int) throws(Diagnostic) -> JSONValue {
            guard depth < JSONValue.maximumDepth else {
                throw error("nested more than \(JSONValue.maximumDepth) levels deep", fix: "an answers file is one flat object")
            }
            guard position < scalars.count else {
                throw error("the text ends where a value was expected", fix: "complete the JSON (is a '}' missing?)")
            }
            let start = here
            switch scalars[position] {
            case "{":
                advance()
                var members: [(key: String, value: JSONValue, at: SourceLocation)] = []
                skipSpace()
                if position < scalars.count, scalars[position] == "}" {
                    advance()
                    return .object(members, at: start)
                }
                while true {
                    skipSpace()
                    let keyAt = here
                    guard position < scalars.count, scalars[position] == "\"" else {
                        throw error("expected a quoted key", fix: "write keys in double quotes")
                    }
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    skipSpace()
                    members.append((key, try value(depth: depth + 1), keyAt))
                    skipSpace()
                    guard position < scalars.count else { throw error("the object is not closed", fix: "add '}'") }
                    if scalars[position] == "," { advance(); continue }
                    if scalars[position] == "}" { advance(); return .object(members, at: start) }
                    throw error("expected ',' or '}'", fix: "separate entries with commas")
                }
            case "[":
                advance()
                var items: [JSONValue] = []
                skipSpace()
                if position < scalars.count, scalars[position] == "]" {
                    advance()
                    return .array(items, at: start)
                }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard position < scalars.count else { throw error("the list is not closed", fix: "add ']'") }
                    if scalars[position] == "," { advance(); continue }
                    if scalars[position] == "]" { advance(); return .array(items, at: start) }
                    throw error("expected ',' or ']'", fix: "separate entries with commas")
                }
            case "\"":
                return .string(try string(), at: start)
            case "t", "f", "n":
                for (word, value) in [("true", JSONValue.bool(true, at: start)), ("false", .bool(false, at: start)), ("null", .null(at: start))]
                where scalars[position...].starts(with: word.unicodeScalars) {
                    for _ in word.unicodeScalars { advance() }
                    return value
                }
                throw error("unexpected word", fix: "quote text values")
            case "-", "0"..."9":
                var number = ""
                while position < scalars.count, "+-.eE0123456789".unicodeScalars.contains(scalars[position]) {
                    number.unicodeScalars.append(scalars[position])
                    advance()
                }
                return .number(number, at: start)
            default:
                throw error("unexpected character '\(scalars[position].escaped(asASCII: true))'", fix: "check the JSON syntax here")
            }
        }

        mutating func string() throws(Diagnostic) -> String {
            advance()
            var out = String.UnicodeScalarView()
            while position < scalars.count {
                let scalar = scalars[position]
                if scalar == "\"" {
                    advance()
                    return String(out)
                }
                if scalar.value < 0x20 {
                    throw error("a control character inside text", fix: "write it as an escape such as \\n")
                }
                if scalar == "\\" {
                    advance()
                    guard position < scalars.count else { break }
                    let escape = scalars[position]
                    advance()
                    switch escape {
                    case "\"", "\\", "/": out.append(escape)
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "u":
                        var code: UInt32 = try hex4()
                        if (0xD800..<0xDC00).contains(code), position + 1 < scalars.count, scalars[position] == "\\", scalars[position + 1] == "u" {
                            advance()
                            advance()
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else {
                                throw error("\\u escape is not a character", fix: "check the surrogate pair")
                            }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let decoded = Unicode.Scalar(code) else {
                            throw error("\\u escape is not a character", fix: "check the escape")
                        }
                        out.append(decoded)
                    default:
                        throw error("unknown escape '\\\(escape)'", fix: "use \\n, \\t, \\\" or \\uXXXX")
                    }
                    continue
                }
                out.append(scalar)
                advance()
            }
            throw error("the text is not closed", fix: "add the closing '\"'")
        }

        mutating func hex4() throws(Diagnostic) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard position < scalars.count, let digit = UInt32(String(scalars[position]), radix: 16) else {
                    throw error("\\u needs four hex digits", fix: "write \\u followed by four hex digits")
                }
                code = code * 16 + digit
                advance()
            }
            return code
        }
    }
}
