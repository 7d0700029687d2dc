import Foundation
import Yams

/// Turns questionnaire text into a `Questionnaire`, or into diagnostics naming file, line and column.
public enum QuestionnaireLoader {
    /// The top-level keys of an edition file (how `jcta validate` tells an edition from other rules files).
    public static var topLevelKeys: [String] { QuestionnaireReader.topLevelKeys }

    /// Files larger than this are refused before parsing, so a runaway file cannot exhaust memory.
    public static let maximumBytes = 32 * 1024 * 1024
    /// Deeper nesting than this is refused before parsing (the YAML composer recurses).
    public static let maximumDepth = 128
    public static let supportedFormat = 1

    /// Reads and loads a file from disk.
    public static func load(path: String) throws(DiagnosticList) -> Questionnaire {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maximumBytes {
            throw DiagnosticList([Diagnostic(.tooLarge, at: start,
                "the file is \(size) bytes, more than the \(maximumBytes) bytes a questionnaire may have",
                fix: "split the file or remove what does not belong in it")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot be read (permissions, or a directory)" : "does not exist"
            throw DiagnosticList([Diagnostic(.unreadable, at: start, "the file \(why)",
                                             fix: "check the path and that the file is readable")])
        }
        return try load(data: data, file: path)
    }

    /// Loads questionnaire bytes; `file` names them in diagnostics.
    public static func load(data: Data, file: String) throws(DiagnosticList) -> Questionnaire {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard data.count <= maximumBytes else {
            throw DiagnosticList([Diagnostic(.tooLarge, at: start,
                "the file is \(data.count) bytes, more than the \(maximumBytes) bytes a questionnaire may have",
                fix: "split the file or remove what does not belong in it")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(.notText, at: firstInvalidUTF8(in: data, file: file),
                "the file is not UTF-8 text", fix: "save the file as UTF-8 (a questionnaire is a YAML text file)")])
        }
        return try load(text: text, file: file)
    }

    /// Loads questionnaire text; `file` names it in diagnostics.
    public static func load(text: String, file: String) throws(DiagnosticList) -> Questionnaire {
        if let inParts = try loadInParts(text: text, file: file) { return inParts }
        return try loadWhole(text: text, file: file)
    }

    /// Loads a file composed whole into one YAML tree.
    package static func loadWhole(text: String, file: String) throws(DiagnosticList) -> Questionnaire {
        let root = try composeSafely(text, file: file, emptyFix: "start from an existing edition in Questionnaires/")
        let document = YAMLDocument(file: file)
        // A tree composed whole has no batches, so nothing can be left unread.
        let questionnaire = try? QuestionnaireReader(document: document).read(root)
        return try document.result(questionnaire)
    }

    /// Loads a file whose long top-level lists can be composed a batch at a time (see `TopLevelLists`), so its
    /// YAML nodes never exist all at once; nil when the text has to be composed whole, which then reports
    /// every syntax error exactly as before.
    package static func loadInParts(text: String, file: String,
                                    batchBytes: Int? = nil) throws(DiagnosticList) -> Questionnaire? {
        guard let lists = TopLevelLists(text, keys: QuestionnaireReader.listKeys, batchBytes: batchBytes ?? TopLevelLists.batchBytes) else {
            return nil
        }
        try checkSafe(text, file: file)
        guard let root = try? Yams.compose(yaml: lists.skeleton, .basic) else { return nil }
        let document = YAMLDocument(file: file)
        var reader = QuestionnaireReader(document: document)
        reader.batches = lists.batches
        let questionnaire: Questionnaire?
        do {
            questionnaire = try reader.read(root)
        } catch {
            return nil
        }
        return try document.result(questionnaire)
    }

    /// Refuses what could hang or exhaust the YAML composer (control characters, deep nesting, aliases),
    /// then composes the text into a node tree; every failure is a diagnostic with file, line and column.
    package static func composeSafely(_ text: String, file: String, emptyFix: String) throws(DiagnosticList) -> Node {
        try checkSafe(text, file: file)
        do {
            // The basic resolver leaves every scalar as text: the reader wants strings only, and the default
            // resolver's regular expressions were a third of the start-up cost.
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                throw DiagnosticList([Diagnostic(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1),
                    "the file is empty", fix: emptyFix)])
            }
            return composed
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([syntaxDiagnostic(error, file: file)])
        }
    }

    /// What could hang or exhaust the YAML composer, refused before composing anything.
    private static func checkSafe(_ text: String, file: String) throws(DiagnosticList) {
        if let control = text.unicodeScalars.enumerated().first(where: { isForbiddenControl($0.element) }) {
            throw DiagnosticList([Diagnostic(.notText, at: location(ofScalarOffset: control.offset, in: text, file: file),
                "the file holds a control character (U+\(String(format: "%04X", control.element.value))), so it is not a text file",
                fix: "remove binary content; a questionnaire is a YAML text file")])
        }
        if let deep = firstTooDeep(text, file: file) {
            throw DiagnosticList([deep])
        }
        if let alias = firstAnchorOrAlias(text, file: file) {
            throw DiagnosticList([alias])
        }
    }

    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t") || scalar.value == 0x7F
    }

    /// Refuses nesting the composer would recurse into too deeply: flow brackets or indentation.
    private static func firstTooDeep(_ text: String, file: String) -> Diagnostic? {
        var line = 1
        var column = 0
        var flowDepth = 0
        var indent = 0
        var atLineStart = true
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                indent = 0
                atLineStart = true
                inComment = false
                quote = nil
                continue
            }
            if inComment { continue }
            if atLineStart {
                if scalar == " " || scalar == "-" {
                    indent += 1
                    if indent / 2 > maximumDepth {
                        return Diagnostic(.tooDeep, at: SourceLocation(file: file, line: line, column: column),
                            "the text is indented more than \(maximumDepth) levels deep", fix: "flatten the structure")
                    }
                    continue
                }
                atLineStart = false
            }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": if flowDepth > 0 { quote = scalar }
            case "#": if previous == " " || previous == "\t" { inComment = true }
            case "[", "{":
                flowDepth += 1
                if flowDepth > maximumDepth {
                    return Diagnostic(.tooDeep, at: SourceLocation(file: file, line: line, column: column),
                        "brackets are nested more than \(maximumDepth) levels deep", fix: "flatten the structure")
                }
            case "]", "}": flowDepth = max(0, flowDepth - 1)
            default: break
            }
        }
        return nil
    }

    /// Refuses YAML anchors (`&name`) and aliases (`*name`) before parsing. The format has no use for them,
    /// and the YAML composer hashes mapping keys whole: keys that are aliases of nested aliases (a "billion
    /// laughs" file of a few hundred bytes) make it run for hours. Skips quoted text, comments and block
    /// scalars (`|`, `>`), where `&` and `*` are ordinary characters.
    private static func firstAnchorOrAlias(_ text: String, file: String) -> Diagnostic? {
        var line = 1
        var column = 0
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var escaped = false
        var inComment = false
        var atLineStart = true
        var indent = 0
        var contentIndent = 0
        var blockParent: Int?
        var skippingLine = false
        var atNodeStart = true
        var pendingIndicator = false
        var pendingDash = false
        var pendingTag = false
        var previous: Unicode.Scalar = " "
        var token = ""
        var tokenStartsValue = false
        var lastToken = ""
        var lastTokenStartsValue = false
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            column += 1
            if scalar == "\n" {
                // A block scalar header ends its line: the lines indented deeper are its text.
                let (header, startsValue) = token.isEmpty ? (lastToken, lastTokenStartsValue) : (token, tokenStartsValue)
                if quote == nil && flowDepth == 0 && !skippingLine && startsValue,
                   let first = header.unicodeScalars.first, first == "|" || first == ">",
                   header.unicodeScalars.dropFirst().allSatisfy({ "123456789+-".unicodeScalars.contains($0) }) {
                    blockParent = contentIndent
                }
                line += 1
                column = 0
                indent = 0
                atLineStart = quote == nil
                inComment = false
                skippingLine = false
                token = ""
                tokenStartsValue = false
                lastToken = ""
                lastTokenStartsValue = false
                if quote == nil { atNodeStart = true }
                pendingIndicator = false
                pendingDash = false
                pendingTag = false
                continue
            }
            if skippingLine || inComment { continue }
            if atLineStart && quote == nil {
                if scalar == " " {
                    indent += 1
                    continue
                }
                atLineStart = false
                contentIndent = indent
                if let parent = blockParent {
                    if scalar == "\r" || indent > parent {
                        skippingLine = true
                        continue
                    }
                    blockParent = nil
                }
                atNodeStart = true
            }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == "\"" && scalar == "\\" {
                    escaped = true
                } else if scalar == open {
                    quote = nil
                    atNodeStart = false
                }
                continue
            }
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                if pendingIndicator || pendingTag { atNodeStart = true }
                // After a sequence entry's "- ", a block scalar's text is indented deeper than what follows.
                if pendingDash { contentIndent = column }
                pendingIndicator = false
                pendingDash = false
                pendingTag = false
                if !token.isEmpty {
                    lastToken = token
                    lastTokenStartsValue = tokenStartsValue
                }
                token = ""
                continue
            }
            if pendingIndicator {
                // '-', ':' or '?' not followed by a space was part of plain text.
                pendingIndicator = false
                pendingDash = false
                atNodeStart = false
            }
            if pendingTag { continue }
            if token.isEmpty { tokenStartsValue = atNodeStart }
            token.unicodeScalars.append(scalar)
            if scalar == "#" && (previous == " " || previous == "\t" || column == 1) {
                inComment = true
                token = ""
                continue
            }
            if atNodeStart && (scalar == "&" || scalar == "*") {
                let what = scalar == "&" ? "an anchor (&…)" : "an alias (*…)"
                return Diagnostic(.anchorOrAlias, at: SourceLocation(file: file, line: line, column: column),
                    "the file uses \(what); a questionnaire may not use YAML anchors or aliases",
                    fix: "write the value out in full where it is needed")
            }
            switch scalar {
            case "\"", "'":
                if atNodeStart { quote = scalar } else { atNodeStart = false }
            case "[", "{":
                flowDepth += 1
                atNodeStart = true
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
                atNodeStart = false
            case ",":
                atNodeStart = flowDepth > 0
            case "-", "?":
                if atNodeStart {
                    pendingIndicator = true
                    pendingDash = scalar == "-"
                } else {
                    atNodeStart = false
                }
            case "!":
                // A tag (`!!str`) may come before an anchor: the node starts after it.
                if atNodeStart { pendingTag = true } else { atNodeStart = false }
            case ":":
                pendingIndicator = true
            default:
                atNodeStart = false
            }
        }
        return nil
    }

    static func syntaxDiagnostic(_ error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1)) }
        let fix = "correct the YAML syntax at this place (indentation, a missing ':' or an unclosed quote)"
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.yamlSyntax, at: at(mark), "YAML syntax error: \(detail)", fix: fix)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.duplicateKey, at: at(context.mark),
                              "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping",
                              fix: "keep one of the two lines")
        case YamlError.reader(let problem, _, _, _):
            return Diagnostic(.notText, at: SourceLocation(file: file, line: 1, column: 1),
                              "the file cannot be read as YAML text: \(problem)", fix: "save the file as UTF-8 text")
        default:
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1),
                              "YAML error: \(error)", fix: fix)
        }
    }

    private static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = data.index(index, offsetBy: length, limitedBy: data.endIndex) ?? data.endIndex
            guard length > 0, end <= data.endIndex, String(validating: data[index..<end], as: UTF8.self) != nil else { break }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = end
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private static func location(ofScalarOffset offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
