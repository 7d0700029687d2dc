/// One person's walk through the questionnaire: answer, go back, reopen an earlier answer, restart.
/// The result is always `Classifier.classify` of the answers on the path, so screens and batch agree.
public struct ScreeningSession: Sendable {
    public enum State: Sendable, Hashable {
        case question(String)
        case result(ClassificationResult)
    }

    public let questionnaire: Questionnaire
    /// The answers on the current path, in order.
    public private(set) var steps: [Walk.Step] = []
    /// Every answer given so far, so a reopened or revisited question shows the earlier choice.
    public private(set) var remembered: [String: String] = [:]
    public private(set) var state: State

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        state = .question(questionnaire.root)
    }

    /// The answers on the path as `jcta classify` takes them.
    public var answers: [String: String] {
        Dictionary(steps.map { ($0.node, $0.choice) }, uniquingKeysWith: { _, last in last })
    }

    public var currentNode: QuestionNode? {
        if case .question(let id) = state { return questionnaire.node(id) }
        return nil
    }

    public var result: ClassificationResult? {
        if case .result(let result) = state { return result }
        return nil
    }

    /// The choice to highlight on the current question: the earlier answer, or the first choice.
    public var suggestedChoiceIndex: Int {
        guard let node = currentNode, let earlier = remembered[node.id] else { return 0 }
        return node.choices.firstIndex { $0.id == earlier } ?? 0
    }

    public enum AnswerError: Error, Equatable {
        case notOnAQuestion
        case unknownChoice(String)
    }

    /// Answers the current question with the choice at `index` (0-based, as numbered on screen minus one).
    public mutating func answer(index: Int) throws(AnswerError) {
        guard let node = currentNode else { throw .notOnAQuestion }
        guard node.choices.indices.contains(index) else { throw .unknownChoice(String(index + 1)) }
        try answer(choice: node.choices[index].id)
    }

    public mutating func answer(choice id: String) throws(AnswerError) {
        guard let node = currentNode else { throw .notOnAQuestion }
        guard let choice = node.choice(id) else { throw .unknownChoice(id) }
        steps.append(Walk.Step(node: node.id, choice: choice.id))
        remembered[node.id] = choice.id
        switch choice.destination {
        case .node(let reference)?: state = .question(reference.id)
        case .outcome?, nil: finish()
        }
    }

    /// Goes back one question (from a result, back to the last question answered).
    public mutating func back() {
        guard let last = steps.popLast() else { return }
        state = .question(last.node)
    }

    /// Reopens the answer at `stepIndex` of the path: later answers are dropped from the path (but
    /// remembered as suggestions) and the walk goes on from there.
    public mutating func reopen(step stepIndex: Int) {
        guard steps.indices.contains(stepIndex) else { return }
        let node = steps[stepIndex].node
        steps.removeSubrange(stepIndex...)
        state = .question(node)
    }

    /// Starts again; with `forget`, earlier answers are not suggested either (a kiosk's next user).
    public mutating func restart(forget: Bool = false) {
        steps = []
        if forget { remembered = [:] }
        state = .question(questionnaire.root)
    }

    private mutating func finish() {
        switch Classifier(questionnaire).classify(answers) {
        case .success(let result): state = .result(result)
        case .failure:
            // Only an invalid questionnaire gets here (a choice with no destination): stay on the question.
            if let last = steps.popLast() { state = .question(last.node) }
        }
    }
}
