import Foundation

/// The editions of the rules built into the binary, and which one applies on a date.
public enum EditionCatalog {
    /// An embedded edition file, known by its top-level lines before it is parsed, so start-up parses
    /// only the edition it uses.
    public struct Entry: Sendable {
        public var fileName: String
        public var text: String
        public var id: String
        public var effectiveFrom: CivilDate
        public var effectiveUntil: CivilDate?

        public func load() throws(DiagnosticList) -> Questionnaire {
            try QuestionnaireLoader.load(text: text, file: "Questionnaires/\(fileName)")
        }

        public func isInForce(on date: CivilDate) -> Bool {
            date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
        }
    }

    /// Every embedded edition, oldest first.
    public static let entries: [Entry] = EmbeddedQuestionnaires.files
        .compactMap { entry(fileName: $0.name, text: $0.text) }
        .sorted { $0.effectiveFrom < $1.effectiveFrom }

    /// Every embedded edition, parsed once on first use (a comparison of editions needs them all).
    public static let loaded: [Questionnaire] = entries.compactMap { try? $0.load() }

    /// Other embedded data files (not editions), by file name.
    public static func embeddedFile(named name: String) -> String? {
        EmbeddedQuestionnaires.files.first { $0.name == name }?.text
    }

    /// The question ids of every embedded edition except `edition`, so an answers file written for both
    /// editions is accepted by each (answers to the other edition's questions are listed as unused).
    public static func nodeIDs(ofEditionsOtherThan edition: String) -> Set<String> {
        var ids = Set<String>()
        for entry in entries where entry.id != edition {
            if let questionnaire = try? entry.load() { ids.formUnion(questionnaire.nodes.map(\.id)) }
        }
        return ids
    }

    public static func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// The edition in force on `date`; before the first edition, none.
    public static func entry(inForceOn date: CivilDate) -> Entry? {
        entries.last { $0.isInForce(on: date) }
    }

    /// Reads `edition:`, `effective_from:` and `effective_until:` from unindented lines. Works on the UTF-8
    /// bytes in place: splitting the whole text into lines or Characters cost more than everything else at
    /// start-up.
    static func entry(fileName: String, text: String) -> Entry? {
        var values: [String: String] = [:]
        let keys = ["edition", "effective_from", "effective_until"].map { (name: $0, prefix: Array(($0 + ":").utf8)) }
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let line = bytes[start..<end]
                for key in keys where line.starts(with: key.prefix) {
                    var value = String(decoding: line.dropFirst(key.prefix.count), as: UTF8.self)
                    if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
                    values[key.name] = value.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
                start = end + 1
            }
        }
        guard let id = values["edition"], let from = values["effective_from"].flatMap(CivilDate.init(iso:)) else { return nil }
        return Entry(fileName: fileName, text: text, id: id, effectiveFrom: from,
                     effectiveUntil: values["effective_until"].flatMap(CivilDate.init(iso:)))
    }
}
