/// Why a picked class is wrong, derived from the engine rather than written per scenario: the answers on the
/// scenario's path that rule the pick out, each with the answers that would have led to it instead.
public struct WrongChoiceExplanation: Sendable, Hashable {
    /// An answer of the scenario that, had it been different, could have led to the picked class.
    public struct DecisiveStep: Sendable, Hashable {
        public var node: String
        public var question: LocalizedText
        /// The scenario's answer (the fact as described).
        public var choice: String
        public var answer: LocalizedText
        /// The other answers with which the picked class could have been right.
        public var alternatives: [LocalizedText]
    }

    public var picked: Classification
    public var expected: Classification
    public var edition: String
    public var decisive: [DecisiveStep]
    /// The outcome's own one-sentence reason, shown when no single answer explains the difference.
    public var outcomeExplanation: LocalizedText

    /// Nil when the pick is right.
    public init?(picked: Classification, item: TrainingItem, questionnaire: Questionnaire) {
        let key = item.key
        guard picked != key.classification else { return nil }
        self.picked = picked
        expected = key.classification
        edition = key.edition
        outcomeExplanation = key.explanation
        let reach = ReachableClasses(questionnaire)
        let answers = ScenarioKey.answers(of: item.scenario, in: questionnaire)
        decisive = key.path.compactMap { step in
            guard let node = questionnaire.node(step.node) else { return nil }
            let leadingToPick = node.choices.filter { choice in
                guard choice.id != step.choice else { return false }
                var changed = answers
                changed[step.node] = choice.id
                return reach.classes(changed).contains(picked)
            }
            guard !leadingToPick.isEmpty else { return nil }
            return DecisiveStep(node: step.node, question: step.question, choice: step.choice, answer: step.answer,
                                alternatives: leadingToPick.map(\.label))
        }
    }

    /// The explanation as lines in one language: a headline, then one line per decisive answer.
    public func lines(_ language: Language) -> [String] {
        let ja = language == .ja
        let pickedLabel = picked.shortLabel[language]
        let expectedLabel = expected.shortLabel[language]
        var lines = [ja
            ? "「\(pickedLabel)」を選びましたが、\(edition)年版ではこの事例は「\(expectedLabel)」です。"
            : "You chose \(pickedLabel); under edition \(edition) this scenario is \(expectedLabel)."]
        guard !decisive.isEmpty else {
            lines.append(outcomeExplanation[language])
            return lines
        }
        if picked == .consult {
            lines.append(ja ? "事例の記述から次の事実が定まるため、「わからない」と答える問いはありません:"
                            : "The description states the facts that settle it, so no question needs 'Not sure':")
            lines += decisive.map { ja ? "\($0.question.ja) -> \($0.answer.ja)" : "\($0.question.en) -> \($0.answer.en)" }
            return lines
        }
        if expected == .consult {
            lines.append(ja ? "事例の記述では次の問いが定まらず、答え次第で結論が変わります:"
                            : "The description leaves these questions open, and the class depends on them:")
        } else {
            lines.append(ja ? "「\(pickedLabel)」にならないのは、次の回答のためです:" : "These answers rule out \(pickedLabel):")
        }
        for step in decisive {
            let others = step.alternatives.map { ja ? "「\($0.ja)」" : "'\($0.en)'" }.joined(separator: ja ? "、" : ", ")
            lines.append(ja
                ? "\(step.question.ja) -> \(step.answer.ja)（\(others)なら「\(pickedLabel)」になりえた）"
                : "\(step.question.en) -> \(step.answer.en) (\(others) could have made it \(pickedLabel))")
        }
        return lines
    }
}
