/// Turns answers into a result. 「わからない」 never guesses: the class stands only when every answer the
/// unsure questions could have had leads to it; otherwise the result is `consult` with the facts to confirm.
public struct Classifier: Sendable {
    public let questionnaire: Questionnaire
    /// Bound on the walks tried when resolving 「わからない」 answers, so any questionnaire stays fast.
    public static let walkBudget = 4096

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    public enum Failure: Error, Sendable, Hashable {
        /// The path needs an answer to this node.
        case missingAnswer(node: String)
        /// The answers name a node that does not exist.
        case unknownNode(String)
        /// The answer given to a node is not one of its choices.
        case unknownChoice(node: String, choice: String)
    }

    /// Classifies `answers`. An answer to a question this edition lacks is an error, unless the question is
    /// in `otherEditionNodes` (an answers file written for both editions): then it is listed as unused.
    public func classify(_ answers: [String: String], otherEditionNodes: Set<String> = []) -> Result<ClassificationResult, Failure> {
        let q = questionnaire
        if let unknown = answers.keys.sorted().first(where: { q.node($0) == nil && !otherEditionNodes.contains($0) }) {
            return .failure(.unknownNode(unknown))
        }
        let walk = Walk(q, answers: answers)
        let reachedID: String
        switch walk.end {
        case .unanswered(let node): return .failure(.missingAnswer(node: node))
        case .unknownChoice(let node, let choice): return .failure(.unknownChoice(node: node, choice: choice))
        case .outcome(let id): reachedID = id
        }
        let reached = q.outcome(reachedID)!
        let onPath = Set(walk.steps.map(\.node))
        let unused = answers.keys.filter { !onPath.contains($0) }.sorted()
        let unsureSteps = walk.steps.filter { isUnsure($0) }

        var outcome = reached
        var scenarios: [ClassificationResult.Scenario] = []
        var notDecisive: [String] = []
        var toConfirm: [LocalizedText] = []
        if !unsureSteps.isEmpty {
            var budget = Self.walkBudget
            let possible = possibleClasses(answers, budget: &budget)
            for step in unsureSteps {
                let node = q.node(step.node)!
                var classesHere = Set<Classification>()
                var settledHere = true
                for choice in node.choices where !choice.unsure {
                    var changed = answers
                    changed[step.node] = choice.id
                    var scenarioBudget = Self.walkBudget
                    let classes = possibleClasses(changed, budget: &scenarioBudget)
                    scenarios.append(.init(node: step.node, choice: choice.id, answer: choice.label,
                                           classifications: classes.map { Classification.allCases.filter($0.contains) } ?? []))
                    if let classes { classesHere.formUnion(classes) } else { settledHere = false }
                }
                if settledHere && classesHere.count == 1 {
                    notDecisive.append(step.node)
                } else if let confirm = node.unsureChoice?.confirm {
                    toConfirm.append(confirm)
                }
            }
            if let possible, possible.count == 1, let only = possible.first, only != .consult {
                if reached.classification != only {
                    outcome = firstOutcome(of: only, answers: answers) ?? reached
                }
            } else if reached.classification != .consult {
                outcome = q.outcome(q.consultOutcome)!
            }
            if outcome.classification == .consult && toConfirm.isEmpty {
                toConfirm = unsureSteps.compactMap { q.node($0.node)?.unsureChoice?.confirm }
            }
        }
        toConfirm += outcome.toConfirm

        var cases: [String] = []
        var caveats: [LocalizedText] = []
        var path: [ClassificationResult.PathStep] = []
        for step in walk.steps {
            let node = q.node(step.node)!
            let choice = node.choice(step.choice)!
            path.append(.init(node: node.id, choice: choice.id, question: node.question, answer: choice.label, unsure: choice.unsure))
            cases.append(contentsOf: choice.cases.map(\.id))
            if let caveat = choice.caveat { caveats.append(caveat) }
        }
        cases.append(contentsOf: outcome.cases.map(\.id))
        caveats.append(contentsOf: outcome.caveats)
        return .success(ClassificationResult(
            edition: q.edition, editionTitle: q.title, effectivePeriod: q.effectivePeriod,
            classification: outcome.classification,
            reason: outcome.classification == .outOfScope ? outcome.reason : nil,
            outcome: outcome.id, headline: outcome.headline, explanation: outcome.explanation,
            path: path, cases: uniqued(cases),
            caseSummaries: Dictionary(uniqueKeysWithValues: uniqued(cases).compactMap { id in q.caseEntry(id).map { (id, $0.summary) } }),
            articles: uniqued(outcome.articles.map(\.id)).compactMap(q.article),
            caveats: uniqued(caveats), obligations: outcome.obligations, toConfirm: uniqued(toConfirm),
            scenarios: scenarios, notDecisive: notDecisive, unused: unused,
            questionNames: Dictionary(uniqueKeysWithValues: q.nodes.compactMap { node in
                q.questionName(node.id, .ja).flatMap { ja in q.questionName(node.id, .en).map { (node.id, LocalizedText(ja: ja, en: $0)) } }
            })))
    }

    private func isUnsure(_ step: Walk.Step) -> Bool {
        questionnaire.node(step.node)?.choice(step.choice)?.unsure ?? false
    }

    /// Every class the answers can lead to once each 「わからない」 on the path is replaced by each real answer;
    /// nil when some alternative needs an answer not given, or the budget runs out.
    private func possibleClasses(_ answers: [String: String], budget: inout Int) -> Set<Classification>? {
        guard budget > 0 else { return nil }
        budget -= 1
        let walk = Walk(questionnaire, answers: answers)
        guard case .outcome(let id) = walk.end else { return nil }
        guard let unsure = walk.steps.first(where: isUnsure) else {
            return [questionnaire.outcome(id)!.classification]
        }
        var classes = Set<Classification>()
        for choice in questionnaire.node(unsure.node)!.choices where !choice.unsure {
            var changed = answers
            changed[unsure.node] = choice.id
            guard let more = possibleClasses(changed, budget: &budget) else { return nil }
            classes.formUnion(more)
        }
        return classes
    }

    /// The outcome of that class reached by the first real answer to the first 「わからない」 that leads to it.
    private func firstOutcome(of classification: Classification, answers: [String: String]) -> Outcome? {
        let walk = Walk(questionnaire, answers: answers)
        if case .outcome(let id) = walk.end, let unsure = walk.steps.first(where: isUnsure) {
            for choice in questionnaire.node(unsure.node)!.choices where !choice.unsure {
                var changed = answers
                changed[unsure.node] = choice.id
                if let found = firstOutcome(of: classification, answers: changed) { return found }
            }
            let outcome = questionnaire.outcome(id)!
            return outcome.classification == classification ? outcome : nil
        }
        if case .outcome(let id) = walk.end, let outcome = questionnaire.outcome(id), outcome.classification == classification {
            return outcome
        }
        return nil
    }
}

func uniqued<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
