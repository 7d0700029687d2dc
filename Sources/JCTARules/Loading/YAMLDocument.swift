import Foundation
import Yams

/// Reads a composed YAML tree strictly: every key must be known, every value of the expected kind.
/// Problems are collected, not thrown, so one run reports as many as it can.
package final class YAMLDocument {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    /// Lines before the text being read, when it is a part of the file composed on its own.
    var lineOffset = 0

    package init(file: String) {
        self.file = file
    }

    package func location(of node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark.map { $0.line + lineOffset } ?? 1, column: mark?.column ?? 1)
    }

    package func report(_ code: DiagnosticCode, _ node: Node?, _ message: String, fix: String) {
        diagnostics.append(Diagnostic(code, at: location(of: node), message, fix: fix))
    }

    package func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A mapping whose keys are checked against `known` once read.
    package func mapping(_ node: Node, what: String, known: [String]) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, node, "\(what) must be a mapping (key: value lines), found \(kind(of: node))",
                   fix: "write \(what) as `key: value` lines")
            return nil
        }
        var values: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(.wrongType, key, "a key in \(what) must be plain text", fix: "use one of: \(known.joined(separator: ", "))")
                continue
            }
            guard known.contains(name) else {
                report(.unknownKey, key, "unknown key '\(name)' in \(what)",
                       fix: "use one of: \(known.joined(separator: ", "))")
                continue
            }
            values[name] = value
            keyNodes[name] = key
        }
        return MappingReader(document: self, node: node, what: what, values: values, keyNodes: keyNodes)
    }

    package func sequence(_ node: Node, what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            report(.wrongType, node, "\(what) must be a list (lines starting with '- '), found \(kind(of: node))",
                   fix: "write \(what) as a list")
            return nil
        }
        return Array(sequence)
    }

    package func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.wrongType, node, "\(what) must be text, found \(kind(of: node))", fix: "write \(what) as a single value")
            return nil
        }
        return scalar.string
    }

    /// `{ja: …, en: …}` with both languages present and not blank.
    package func text(_ node: Node, what: String) -> LocalizedText? {
        guard let reader = mapping(node, what: what, known: ["ja", "en"]) else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let value = reader.optional(language.rawValue) else {
                report(.missingLanguage, node, "\(what) has no '\(language.rawValue)' text",
                       fix: "add `\(language.rawValue): …` so both Japanese and English are present")
                continue
            }
            guard let string = self.string(value, what: "\(what).\(language.rawValue)") else { continue }
            let trimmed = string.trimmed
            if trimmed.isEmpty {
                report(.missingLanguage, value, "\(what).\(language.rawValue) is empty",
                       fix: "write the \(language == .ja ? "Japanese" : "English") text")
                continue
            }
            texts[language] = trimmed
        }
        guard let ja = texts[.ja], let en = texts[.en] else { return nil }
        return LocalizedText(ja: ja, en: en)
    }

    package func identifier(_ node: Node, what: String, pattern: IdentifierPattern = .snakeCase) -> String? {
        guard let string = string(node, what: what) else { return nil }
        guard pattern.matches(string) else {
            report(.badValue, node, "\(what) '\(string)' is not a valid id", fix: pattern.fix)
            return nil
        }
        return string
    }

    package func reference(_ node: Node, what: String, pattern: IdentifierPattern = .snakeCase) -> Reference? {
        identifier(node, what: what, pattern: pattern).map { Reference(id: $0, location: location(of: node)) }
    }

    package func references(_ node: Node?, what: String, pattern: IdentifierPattern = .snakeCase) -> [Reference] {
        guard let node, let items = sequence(node, what: what) else { return [] }
        return items.compactMap { reference($0, what: "an entry of \(what)", pattern: pattern) }
    }

    package func texts(_ node: Node?, what: String) -> [LocalizedText] {
        guard let node, let items = sequence(node, what: what) else { return [] }
        return items.compactMap { text($0, what: "an entry of \(what)") }
    }

    package func date(_ node: Node, what: String) -> CivilDate? {
        guard let string = string(node, what: what) else { return nil }
        guard let date = CivilDate(iso: string) else {
            report(.badValue, node, "\(what) '\(string)' is not a date", fix: "write the date as YYYY-MM-DD, e.g. 2025-05-31")
            return nil
        }
        return date
    }

    /// The value read, or every problem found, sorted by place.
    package func result<T>(_ value: T?) throws(DiagnosticList) -> T {
        if let value, diagnostics.isEmpty { return value }
        throw DiagnosticList(diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
    }

    package func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): "the value '\(scalar.string.prefix(40))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

/// The keys of one mapping, read one by one.
package struct MappingReader {
    package let document: YAMLDocument
    package let node: Node
    package let what: String
    package let values: [String: Node]
    package let keyNodes: [String: Node]

    package var location: SourceLocation { document.location(of: node) }

    package func optional(_ key: String) -> Node? { values[key] }

    package func required(_ key: String) -> Node? {
        if let value = values[key] { return value }
        document.report(.missingKey, node, "\(what) has no '\(key)'", fix: "add `\(key):` to \(what)")
        return nil
    }

    package func keyLocation(_ key: String) -> SourceLocation {
        document.location(of: keyNodes[key] ?? node)
    }
}

/// The shapes an id may take.
package enum IdentifierPattern {
    case snakeCase
    case caseNumber

    package func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        switch self {
        case .snakeCase:
            guard let first = scalars.first, ("a"..."z").contains(first), scalars.count <= 64 else { return false }
            return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        case .caseNumber:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.count <= 3 else { return false }
            return parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."z").contains($0) } }
        }
    }

    package var fix: String {
        switch self {
        case .snakeCase: "use lower-case letters, digits and '_', starting with a letter (e.g. funding_source)"
        case .caseNumber: "use the casebook's number in quotes, e.g. \"3-10\""
        }
    }
}
