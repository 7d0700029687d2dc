/// How a trainee's own walk of the tree compares with the scenario's facts: the class it reached and the
/// first question answered differently.
public struct WalkComparison: Sendable, Hashable {
    public struct Difference: Sendable, Hashable {
        public var node: String
        /// The question's fixed number in the edition.
        public var number: Int
        public var question: LocalizedText
        public var yours: LocalizedText
        public var scenario: LocalizedText
    }

    public var walked: Classification
    /// Nil when the walk gave the scenario's answer at every question it shared with the key's path.
    public var firstDifference: Difference?

    public init(walk: ClassificationResult, key: ClassificationResult) {
        walked = walk.classification
        // Both paths start at the root and the same answer leads to the same next question, so the
        // paths agree up to the first different answer.
        firstDifference = zip(walk.path, key.path).first { $0.node == $1.node && $0.choice != $1.choice }.map { mine, theirs in
            Difference(node: mine.node, number: mine.number, question: mine.question, yours: mine.answer, scenario: theirs.answer)
        }
    }

    public func lines(_ language: Language) -> [String] {
        let ja = language == .ja
        var lines = [ja ? "あなたの回答による判定: \(walked.shortLabel.ja)" : "Your walk reached: \(walked.shortLabel.en)"]
        if let difference = firstDifference {
            lines.append(ja
                ? "最初に分かれた問い: 問\(difference.number) \(difference.question.ja) -> あなた「\(difference.yours.ja)」／事例「\(difference.scenario.ja)」"
                : "First different answer: Q\(difference.number) \(difference.question.en) -> yours '\(difference.yours.en)', the scenario's '\(difference.scenario.en)'")
        } else {
            lines.append(ja ? "事例の事実と同じ道筋をたどりました。" : "You followed the same path as the scenario's facts.")
        }
        return lines
    }
}
