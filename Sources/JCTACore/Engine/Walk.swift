/// Follows answers from the root to where they lead. The one routine every front end uses.
public struct Walk: Sendable {
    /// One answered question on the path.
    public struct Step: Sendable, Hashable {
        public var node: String
        public var choice: String
    }

    public enum End: Sendable, Hashable {
        /// The answers reach this outcome.
        case outcome(String)
        /// The path needs an answer to this node.
        case unanswered(String)
        /// The answer given to this node names no choice of it.
        case unknownChoice(node: String, choice: String)
    }

    public var steps: [Step]
    public var end: End

    /// Walks `answers` (node id → choice id) from the root. Assumes a validated questionnaire; a cycle
    /// still ends, as an unanswered node, after as many steps as there are nodes.
    public init(_ questionnaire: Questionnaire, answers: [String: String]) {
        steps = []
        var current = questionnaire.root
        while steps.count <= questionnaire.nodes.count {
            guard let node = questionnaire.node(current), let answer = answers[current] else {
                end = .unanswered(current)
                return
            }
            guard let choice = node.choice(answer) else {
                end = .unknownChoice(node: current, choice: answer)
                return
            }
            steps.append(Step(node: current, choice: answer))
            switch choice.destination {
            case .outcome(let reference)?:
                end = .outcome(reference.id)
                return
            case .node(let reference)?:
                current = reference.id
            case nil:
                end = .unanswered(current)
                return
            }
        }
        end = .unanswered(current)
    }
}
