/// What the answers decide, with everything a result screen or an export shows.
public struct ClassificationResult: Sendable, Hashable {
    /// One answered question, with its texts, as shown in the path of answers.
    public struct PathStep: Sendable, Hashable {
        public var node: String
        public var choice: String
        public var question: LocalizedText
        public var answer: LocalizedText
        public var unsure: Bool
    }

    /// What one answer to a 「わからない」 question would have decided.
    public struct Scenario: Sendable, Hashable {
        public var node: String
        public var choice: String
        public var answer: LocalizedText
        /// The classes the walk could reach with this answer; empty when more answers would be needed.
        public var classifications: [Classification]
    }

    public var edition: String
    public var editionTitle: LocalizedText
    public var effectivePeriod: String
    public var classification: Classification
    public var reason: String?
    public var outcome: String
    public var headline: LocalizedText
    public var explanation: LocalizedText
    public var path: [PathStep]
    public var cases: [String]
    /// Our one-line summary of each cited case, by id.
    public var caseSummaries: [String: LocalizedText]
    public var articles: [Article]
    public var caveats: [LocalizedText]
    public var obligations: [LocalizedText]
    public var toConfirm: [LocalizedText]
    public var scenarios: [Scenario]
    /// 「わからない」 answers that do not change the class: every answer to them leads to the same one.
    public var notDecisive: [String]
    /// Answers given to questions that are not on the path.
    public var unused: [String]
    /// How people read each question of the edition (「問12 製造販売業者から研究資金等を受けるか」), by id:
    /// exports and screens name questions with these, never with ids.
    public var questionNames: [String: LocalizedText]

    /// The question's name for people; a question this edition lacks (an answers file written for both
    /// editions) is named as the file names it.
    public func questionName(_ node: String, _ language: Language) -> String {
        questionNames[node]?[language] ?? (language == .ja ? "回答ファイルの項目「\(node)」" : "answers-file entry '\(node)'")
    }
}
