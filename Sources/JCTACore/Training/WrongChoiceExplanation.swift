/// Why a picked class is wrong, derived from the engine and the scenario's own facts, naming only what
/// decides the class:
/// - when the class is 要相談 because the description leaves a question open, the questions it answers
///   「わからない」 that change the class (never one its facts settle), with what each answer it leaves
///   possible would decide;
/// - when the class is 要相談 although every fact is stated, the point the tool itself treats as unsettled;
/// - otherwise the stated facts that decide the class, the same for any wrong pick: each answer on the path
///   after which another class can no longer be reached, and each answer whose `contrasts` (the variations
///   its author wrote as consistent with the study) would decide another class. An alternative is offered
///   only from `contrasts`, and only when the scenario's other answers then decide one class outright, so
///   feedback never suggests an answer whose consequences the scenario does not state.
public struct WrongChoiceExplanation: Sendable, Hashable {
    public enum Ground: Sendable, Hashable {
        /// Stated facts decide another firm class.
        case factsRuleOut
        /// The class is 要相談 because the description leaves these questions open.
        case openQuestions
        /// The class is 要相談 because the tool treats this point as unsettled (its outcome's explanation).
        case unsettledPoint(LocalizedText)
        /// The pick was 要相談, but the facts settle every question.
        case settled
    }

    /// An answer and the classes it can lead to with the scenario's other facts.
    public struct Alternative: Sendable, Hashable {
        public var choice: String
        public var answer: LocalizedText
        public var classes: [Classification]
    }

    /// An answer of the scenario that decides the class.
    public struct DecisiveStep: Sendable, Hashable {
        public var node: String
        public var question: LocalizedText
        /// The scenario's answer (the fact as described, or 「わからない」 when it leaves the question open).
        public var choice: String
        public var answer: LocalizedText
        public var alternatives: [Alternative]
    }

    public var picked: Classification
    public var expected: Classification
    public var edition: String
    public var ground: Ground
    public var decisive: [DecisiveStep]

    /// Nil when the pick is right.
    public init?(picked: Classification, item: TrainingItem, questionnaire: Questionnaire) {
        let key = item.key
        guard picked != key.classification else { return nil }
        self.picked = picked
        expected = key.classification
        edition = key.edition
        let reach = ReachableClasses(questionnaire)
        let answers = ScenarioKey.answers(of: item.scenario, in: questionnaire)

        func alternatives(_ step: ClassificationResult.PathStep, choices: [String]) -> [Alternative] {
            guard let node = questionnaire.node(step.node) else { return [] }
            return choices.compactMap { id in
                guard id != step.choice, let choice = node.choice(id), !choice.unsure else { return nil }
                var changed = answers
                changed[step.node] = id
                let classes = reach.classes(changed)
                return Alternative(choice: id, answer: choice.label, classes: Classification.allCases.filter(classes.contains))
            }
        }
        func decisiveStep(_ step: ClassificationResult.PathStep, _ alternatives: [Alternative]) -> DecisiveStep {
            DecisiveStep(node: step.node, question: step.question, choice: step.choice, answer: step.answer, alternatives: alternatives)
        }
        let contrasts = item.scenario.contrastMap

        if expected == .consult {
            let open = key.path.filter { $0.unsure && !key.notDecisive.contains($0.node) }
            if open.isEmpty {
                ground = .unsettledPoint(key.explanation)
                decisive = key.path.suffix(1).map { decisiveStep($0, []) }
            } else {
                ground = .openQuestions
                // What each answer would decide: the author's contrasts where given (the answers the
                // description leaves possible), else every real answer.
                decisive = open.map { step in
                    let choices = contrasts[step.node] ?? questionnaire.node(step.node)?.choices.map(\.id) ?? []
                    return decisiveStep(step, alternatives(step, choices: choices).filter { !$0.classes.isEmpty })
                }
            }
            return
        }

        let expected = key.classification
        // The author's variations at this step that, with the scenario's other answers, decide one other
        // class outright: one that leads to questions the scenario does not answer is not offered, since its
        // facts there are unknown (approved instruments need not make a "device" study specified).
        func determiningAlternatives(_ step: ClassificationResult.PathStep, _ choices: [String]) -> [Alternative] {
            alternatives(step, choices: choices).filter { $0.classes.count == 1 && $0.classes != [expected] }
        }
        // What decides a firm class is the same whatever the trainee picked: each stated fact after which
        // another class is out of reach, and each fact the author's contrasts show could change the class.
        let firm = key.path.filter { step in
            determiningAlternatives(step, contrasts[step.node] ?? []).isEmpty == false
        }.map(\.node)
        var prefixes: [[String: String]] = []
        var known: [String: String] = [:]
        for step in key.path {
            known[step.node] = step.choice
            prefixes.append(known)
        }
        let others = Set(Classification.allCases.filter { $0 != .consult && $0 != expected })
        // Longest first: each shorter prefix then finds the subtree of the next one already tried, and once
        // every other class is reachable again, no earlier fact rules one out.
        var after = Array(repeating: others, count: prefixes.count)
        for index in prefixes.indices.reversed() {
            after[index] = reach.classes(prefixes[index])
            if after[index].isSuperset(of: others) { break }
        }
        var reachable = others
        var rulingOut: Set<String> = []
        for (index, step) in key.path.enumerated() where !reachable.isEmpty {
            let left = reachable.intersection(after[index])
            if left != reachable { rulingOut.insert(step.node) }
            reachable = left
        }
        let steps = key.path.filter { rulingOut.contains($0.node) || firm.contains($0.node) }
        decisive = (steps.isEmpty ? Array(key.path.suffix(1)) : steps).map { step in
            decisiveStep(step, determiningAlternatives(step, contrasts[step.node] ?? []))
        }
        ground = picked == .consult ? .settled : .factsRuleOut
    }

    /// The explanation as lines in one language: a headline, what the ground is, then one line per
    /// decisive answer.
    public func lines(_ language: Language) -> [String] {
        let ja = language == .ja
        let pickedLabel = picked.shortLabel[language]
        let expectedLabel = expected.shortLabel[language]
        var lines = [ja
            ? "「\(pickedLabel)」を選びましたが、\(edition)年版ではこの設問は「\(expectedLabel)」です。"
            : "You chose \(pickedLabel); under edition \(edition) this exercise is \(expectedLabel)."]
        func alternativesText(_ step: DecisiveStep) -> String {
            guard !step.alternatives.isEmpty else { return "" }
            let answers = step.alternatives.map { ja ? "「\($0.answer.ja)」" : "'\($0.answer.en)'" }.joined(separator: ja ? "や" : " or ")
            switch ground {
            case .factsRuleOut, .settled:
                // A firm class: what the author's variations of this fact would have decided.
                let parts = step.alternatives.map { alternative in
                    let classes = alternative.classes.map { ja ? "「\($0.shortLabel.ja)」" : $0.shortLabel.en }.joined()
                    return ja ? "「\(alternative.answer.ja)」なら\(classes)" : "'\(alternative.answer.en)' would make it \(classes)"
                }
                return ja ? "（" + parts.joined(separator: "、") + "）" : " (" + parts.joined(separator: "; ") + ")"
            default:
                // An open question: what each real answer would decide.
                let parts = step.alternatives.map { alternative in
                    let classes = alternative.classes.map { ja ? "「\($0.shortLabel.ja)」" : $0.shortLabel.en }.joined(separator: ja ? "か" : " or ")
                    return ja ? "「\(alternative.answer.ja)」なら\(classes)" : "'\(alternative.answer.en)': \(classes)"
                }
                return ja ? "（" + parts.joined(separator: "、") + "）" : " (" + parts.joined(separator: "; ") + ")"
            }
        }
        switch ground {
        case .factsRuleOut:
            lines.append(ja ? "「\(pickedLabel)」ではなく「\(expectedLabel)」になるのは、設問の次の事実のためです:"
                            : "These facts of the exercise make it \(expectedLabel), not \(pickedLabel):")
        case .openQuestions:
            lines.append(ja ? "設問の記述では次の問いが定まらず、その答えによって分類が変わります:"
                            : "The description leaves these questions open, and the class depends on them:")
        case .unsettledPoint(let point):
            lines.append(ja ? "設問の事実は定まっていますが、次の点はツール自身が未確定として扱うため要相談です: \(point.ja)"
                            : "The facts are stated, but the tool itself treats this point as unsettled, so it is consult: \(point.en)")
        case .settled:
            lines.append(ja ? "設問の記述から分類を決める事実が定まるため、「わからない」と答える問いはありません。分類を決めるのは:"
                            : "The description states the facts that decide the class, so no question needs 'Not sure'. What decides it:")
        }
        for step in decisive {
            lines.append(ja ? "\(step.question.ja) -> \(step.answer.ja)" + alternativesText(step)
                            : "\(step.question.en) -> \(step.answer.en)" + alternativesText(step))
        }
        return lines
    }
}
