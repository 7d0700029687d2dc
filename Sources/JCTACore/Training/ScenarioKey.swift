/// What a scenario's facts decide under one edition: the engine's own result for its answers.
/// This is the only source of a scenario's expected class, so it follows the edition in use.
public enum ScenarioKey {
    public enum Problem: Error, Sendable, Hashable {
        /// The walk reaches this question and the scenario gives no answer to it.
        case unanswered(node: String)
        /// The scenario's answer is not a choice of this question in this edition.
        case unknownChoice(node: String, choice: String)
    }

    /// The scenario's answers to the questions this edition has. Answers to questions of other editions
    /// (e.g. `burden` and `low_risk`, asked from 2025 on) are dropped rather than refused.
    public static func answers(of scenario: TrainingScenario, in questionnaire: Questionnaire) -> [String: String] {
        scenario.answerMap.filter { questionnaire.node($0.key) != nil }
    }

    public static func result(of scenario: TrainingScenario, in questionnaire: Questionnaire) -> Result<ClassificationResult, Problem> {
        switch Classifier(questionnaire).classify(answers(of: scenario, in: questionnaire)) {
        case .success(let result): .success(result)
        case .failure(.missingAnswer(let node)): .failure(.unanswered(node: node))
        case .failure(.unknownChoice(let node, let choice)): .failure(.unknownChoice(node: node, choice: choice))
        // Answers were restricted to this edition's questions above.
        case .failure(.unknownNode(let node)): .failure(.unanswered(node: node))
        }
    }
}
