/// What the answers decide, with everything a result screen or an export shows.
public struct ClassificationResult: Sendable, Hashable {
    /// One answered question, with its texts, as shown in the path of answers.
    public struct PathStep: Sendable, Hashable {
        public var node: String
        /// The question's fixed number in its edition (「問8」), as every screen and export shows it.
        public var number: Int
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

    /// A casebook entry as this result cites it: a ground, a note that applies, or a contrast.
    public struct CitedCase: Sendable, Hashable {
        public var id: String
        public var role: CitationRole
        /// The casebook list the case is on (its own conclusion), shown beside contrasts.
        public var list: Classification
        /// What the citation says: the note's point or the contrast's point when given, else our summary.
        public var text: LocalizedText
    }

    /// A ground of 特定臨床研究 the answers bear on, and how sure it is.
    public struct GroundFinding: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable, CaseIterable {
            /// An answer on the path establishes it.
            case certain
            /// A 「わからない」 answer on the path could establish it.
            case possible
            /// Established, but public sources leave open whether it makes the study specified.
            case open
        }
        public var id: String
        public var label: LocalizedText
        public var status: Status
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
    /// Every cited case id, in order (the `c` panel lists them).
    public var cases: [String]
    /// The same cases with the role each plays in this result.
    public var citations: [CitedCase]
    /// Our one-line summary of each cited case, by id.
    public var caseSummaries: [String: LocalizedText]
    /// Every ground of 特定臨床研究 that applies or may apply, in the order the questions establish them.
    public var grounds: [GroundFinding]
    public var articles: [Article]
    public var caveats: [LocalizedText]
    public var obligations: [LocalizedText]
    public var toConfirm: [LocalizedText]
    public var scenarios: [Scenario]
    /// 「わからない」 answers that do not change the class: every answer to them leads to the same one.
    public var notDecisive: [String]
    /// Answers given to questions that are not on the path (question ids).
    public var unused: [String]
    /// The choice given to each of them, by question id.
    public var unusedChoices: [String: String] = [:]

    /// How people read each question of the edition (「問12 製造販売業者から研究資金等を受けるか」), by id:
    /// exports and screens name questions with these, never with ids.
    public var questionNames: [String: LocalizedText] = [:]

    /// The question's name for people; a question this edition lacks (an answers file written for both
    /// editions) is named as the file names it.
    public func questionName(_ node: String, _ language: Language) -> String {
        questionNames[node]?[language] ?? (language == .ja ? "回答ファイルの項目「\(node)」" : "answers-file entry '\(node)'")
    }
}
