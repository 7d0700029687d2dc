/// The editions of the rules built into the binary, and which one applies on a date.
public enum EditionCatalog {
    /// An embedded edition: compiled from its YAML file at build time (loaded and validated by the build
    /// tool with the same loader `jcta validate` uses), so start-up decodes it without parsing YAML.
    public struct Entry: Sendable {
        public var fileName: String
        public var id: String
        public var effectiveFrom: CivilDate
        public var effectiveUntil: CivilDate?
        /// The edition in `CompactEncoder.encodeParts`'s form: each distinct text once, as a string literal,
        /// and the values that refer to them by number.
        let strings: [String]
        let compiled: StaticString

        init(fileName: String, id: String, effectiveFrom: CivilDate, effectiveUntil: CivilDate?, strings: [String],
             compiled: StaticString) {
            self.fileName = fileName
            self.id = id
            self.effectiveFrom = effectiveFrom
            self.effectiveUntil = effectiveUntil
            self.strings = strings
            self.compiled = compiled
        }

        public func load() throws(DiagnosticList) -> Questionnaire {
            do {
                return try Questionnaire(embedded: compiled, strings: strings)
            } catch {
                // The build wrote these bytes from a validated edition; failing here means a broken build.
                throw DiagnosticList([Diagnostic(.unreadable, at: SourceLocation(file: "Questionnaires/\(fileName)", line: 1, column: 1),
                                                 "the embedded edition cannot be read (\(error))",
                                                 fix: "rebuild jcta")])
            }
        }

        public func isInForce(on date: CivilDate) -> Bool {
            date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
        }
    }

    /// Every embedded edition, oldest first.
    public static let entries: [Entry] = EmbeddedQuestionnaires.editions.sorted { $0.effectiveFrom < $1.effectiveFrom }

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
}
