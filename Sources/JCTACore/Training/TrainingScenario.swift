import Foundation

/// One training scenario: a study as a coordinator would read it, the facts a correct walk gives, and why.
/// The expected class is never stored: it is computed from `answers` under the edition in use.
public struct TrainingScenario: Sendable, Hashable {
    /// One fact of the scenario: the answer a correct walk gives to a question.
    public struct Answer: Sendable, Hashable {
        public var node: String
        public var choice: String
        public var location: SourceLocation

        public init(node: String, choice: String, location: SourceLocation) {
            self.node = node
            self.choice = choice
            self.location = location
        }
    }

    public var id: String
    /// The casebook entry this scenario retells (`"3-10"`), or nil for a practice scenario.
    public var caseID: String?
    public var tags: [String]
    /// A short neutral name of the study (never the answer), for listings, score sheets and booklets.
    public var title: LocalizedText
    public var description: LocalizedText
    /// In the order written, so diagnostics and listings follow the file.
    public var answers: [Answer]
    public var teachingPoint: LocalizedText
    /// Other answers to some questions that the author judged consistent with the rest of the study: the
    /// only alternatives feedback offers ("with this answer it could have been …").
    public var contrasts: [Answer]
    public var location: SourceLocation

    public init(id: String, caseID: String?, tags: [String], title: LocalizedText, description: LocalizedText, answers: [Answer],
                teachingPoint: LocalizedText, contrasts: [Answer] = [], location: SourceLocation) {
        self.id = id
        self.caseID = caseID
        self.tags = tags
        self.title = title
        self.description = description
        self.answers = answers
        self.teachingPoint = teachingPoint
        self.contrasts = contrasts
        self.location = location
    }

    /// The answers as `Classifier` takes them (node id → choice id).
    public var answerMap: [String: String] {
        Dictionary(answers.map { ($0.node, $0.choice) }, uniquingKeysWith: { first, _ in first })
    }

    /// The contrasting answers by question, in the order written.
    public var contrastMap: [String: [String]] {
        Dictionary(grouping: contrasts, by: \.node).mapValues { $0.map(\.choice) }
    }

    /// The casebook entries the scenario is about: the one it retells, then those its teaching point names
    /// (「事例1-3」, 「事例3-10の留意事項」), so feedback cites cases that fit this study, not every case the
    /// outcome cites.
    public var citedCases: [String] {
        var ids = caseID.map { [$0] } ?? []
        let text = teachingPoint.ja
        var rest = Substring(text)
        while let range = rest.range(of: "事例") {
            rest = rest[range.upperBound...]
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "-") }
            let id = String(number).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if id.contains("-"), !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The casebook list a case id belongs to: `"1"`, `"2"` or `"3"` (the part before the first '-').
    public static func listTag(ofCase caseID: String) -> String {
        String(caseID.prefix { $0 != "-" })
    }
}
