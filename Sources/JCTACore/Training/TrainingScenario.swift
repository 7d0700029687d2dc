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
    public var description: LocalizedText
    /// In the order written, so diagnostics and listings follow the file.
    public var answers: [Answer]
    public var teachingPoint: LocalizedText
    public var location: SourceLocation

    public init(id: String, caseID: String?, tags: [String], description: LocalizedText, answers: [Answer],
                teachingPoint: LocalizedText, location: SourceLocation) {
        self.id = id
        self.caseID = caseID
        self.tags = tags
        self.description = description
        self.answers = answers
        self.teachingPoint = teachingPoint
        self.location = location
    }

    /// The answers as `Classifier` takes them (node id → choice id).
    public var answerMap: [String: String] {
        Dictionary(answers.map { ($0.node, $0.choice) }, uniquingKeysWith: { first, _ in first })
    }

    /// The casebook list a case id belongs to: `"1"`, `"2"` or `"3"` (the part before the first '-').
    public static func listTag(ofCase caseID: String) -> String {
        String(caseID.prefix { $0 != "-" })
    }
}
