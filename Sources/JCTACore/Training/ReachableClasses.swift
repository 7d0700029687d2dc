/// The classes a set of answers can still end in when the questions they leave open are answered in every
/// possible way. Used to tell which answers of a scenario decide its class. Results are remembered for the
/// life of the instance: a scenario's questions share most of their open subtrees, and trying them afresh
/// for every question took seconds for one feedback page (keys typed meanwhile seemed lost).
final class ReachableClasses {
    let classifier: Classifier
    /// Bound on the classifications tried for one question, so any questionnaire stays fast.
    static let budget = 2048
    private var known: [[String: String]: Set<Classification>] = [:]
    /// Classifications run so far (what the memory saves is measured by it).
    private(set) var tried = 0

    init(_ questionnaire: Questionnaire) {
        classifier = Classifier(questionnaire)
    }

    func classes(_ answers: [String: String]) -> Set<Classification> {
        var budget = Self.budget
        var complete = true
        return classes(answers, budget: &budget, complete: &complete)
    }

    /// `complete` turns false when the budget ran out below: such a result is partial and not remembered.
    private func classes(_ answers: [String: String], budget: inout Int, complete: inout Bool) -> Set<Classification> {
        if let remembered = known[answers] { return remembered }
        guard budget > 0 else {
            complete = false
            return []
        }
        budget -= 1
        tried += 1
        var found = Set<Classification>()
        var whole = true
        switch classifier.classify(answers) {
        case .success(let result):
            found = [result.classification]
        case .failure(.missingAnswer(let id)):
            guard let node = classifier.questionnaire.node(id) else { break }
            // A free answer is a real one: 「わからない」 is what the trainee says, not a fact of the study.
            for choice in node.choices where !choice.unsure {
                var more = answers
                more[id] = choice.id
                found.formUnion(classes(more, budget: &budget, complete: &whole))
            }
        case .failure:
            break
        }
        if whole { known[answers] = found } else { complete = false }
        return found
    }
}
