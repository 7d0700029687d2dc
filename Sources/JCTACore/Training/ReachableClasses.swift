/// The classes a set of answers can still end in when the questions they leave open are answered in every
/// possible way. Used to tell which answers of a scenario rule out a class the trainee picked.
struct ReachableClasses {
    let classifier: Classifier
    /// Bound on the classifications tried for one question, so any questionnaire stays fast.
    static let budget = 2048

    init(_ questionnaire: Questionnaire) {
        classifier = Classifier(questionnaire)
    }

    func classes(_ answers: [String: String]) -> Set<Classification> {
        var budget = Self.budget
        return classes(answers, budget: &budget)
    }

    private func classes(_ answers: [String: String], budget: inout Int) -> Set<Classification> {
        guard budget > 0 else { return [] }
        budget -= 1
        switch classifier.classify(answers) {
        case .success(let result):
            return [result.classification]
        case .failure(.missingAnswer(let id)):
            guard let node = classifier.questionnaire.node(id) else { return [] }
            var found = Set<Classification>()
            // A free answer is a real one: 「わからない」 is what the trainee says, not a fact of the study.
            for choice in node.choices where !choice.unsure {
                var more = answers
                more[id] = choice.id
                found.formUnion(classes(more, budget: &budget))
            }
            return found
        case .failure:
            return []
        }
    }
}
