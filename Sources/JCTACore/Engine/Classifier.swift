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
        switch walk.end {
        case .unanswered(let node): return .failure(.missingAnswer(node: node))
        case .unknownChoice(let node, let choice): return .failure(.unknownChoice(node: node, choice: choice))
        case .outcome: break
        }
        let reached = settledOutcome(walk)!
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

        let grounds = findings(walk, answers: answers)
        let applying = grounds.filter { $0.status != .open }.compactMap { q.ground($0.id) }
        var cited: [CaseCitation] = []
        var caveats: [LocalizedText] = []
        var path: [ClassificationResult.PathStep] = []
        for step in walk.steps {
            let node = q.node(step.node)!
            let choice = node.choice(step.choice)!
            path.append(.init(node: node.id, number: q.questionNumber(node.id)!, choice: choice.id, question: node.question, answer: choice.label, unsure: choice.unsure))
            cited.append(contentsOf: choice.cases)
            if let caveat = choice.caveat { caveats.append(caveat) }
        }
        cited.append(contentsOf: outcome.cases)
        caveats.append(contentsOf: outcome.caveats)
        let possible = outcome.classification == .consult
            ? Set(scenarios.flatMap(\.classifications)).subtracting([.consult]) : [outcome.classification]
        let citations = citedCases(cited, outcome: outcome, possible: possible)
        let cases = uniqued(citations.map(\.id))
        caveats.append(contentsOf: applying.flatMap(\.caveats))
        let articleIDs = outcome.articles.map(\.id) + grounds.compactMap { q.ground($0.id) }.flatMap { $0.articles.map(\.id) }
        return .success(ClassificationResult(
            edition: q.edition, editionTitle: q.title, effectivePeriod: q.effectivePeriod,
            classification: outcome.classification,
            reason: outcome.classification == .outOfScope ? outcome.reason : nil,
            outcome: outcome.id, headline: outcome.headline, explanation: outcome.explanation,
            path: path, cases: cases, citations: citations,
            caseSummaries: Dictionary(uniqueKeysWithValues: cases.compactMap { id in q.caseEntry(id).map { (id, $0.summary) } }),
            grounds: grounds,
            articles: uniqued(articleIDs).compactMap(q.article),
            caveats: uniqued(caveats), obligations: uniqued(outcome.obligations + applying.flatMap(\.obligations)),
            toConfirm: uniqued(toConfirm),
            scenarios: scenarios, notDecisive: notDecisive, unused: unused,
            unusedChoices: answers.filter { !onPath.contains($0.key) },
            questionNames: Dictionary(uniqueKeysWithValues: q.nodes.compactMap { node in
                q.questionName(node.id, .ja).flatMap { ja in q.questionName(node.id, .en).map { (node.id, LocalizedText(ja: ja, en: $0)) } }
            })))
    }

    /// The citations as this result shows them. A case cited as a ground whose rule points elsewhere (an answer
    /// cites it for the results it usually leads to) is shown as a contrast, with its own class: it never
    /// stands under "relied on" for a result it does not support. For a consult result, a ground stays a ground
    /// when it supports one of the classes still possible.
    private func citedCases(_ cited: [CaseCitation], outcome: Outcome, possible: Set<Classification>) -> [ClassificationResult.CitedCase] {
        var seen: [String: Int] = [:]
        var out: [ClassificationResult.CitedCase] = []
        // A case cited anywhere on the path as a contrast or for its note is that, not also a ground: that
        // citation says how this result stands to the case (an answer's plain ground is cited for the results
        // the answer usually leads to).
        let placedOtherwise = Set(cited.filter { $0.role != .ground }.map(\.id))
        for citation in cited {
            guard let entry = questionnaire.caseEntry(citation.id) else { continue }
            var role = citation.role
            if role == .ground {
                let fits = outcome.classification == .consult
                    ? (possible.isEmpty || possible.contains { entry.supports($0, reason: $0 == .outOfScope ? entry.reasons.first : nil) })
                    : entry.supports(outcome.classification, reason: outcome.reason)
                if !fits { role = .contrast }
            }
            if role == .ground && placedOtherwise.contains(entry.id) { continue }
            let key = "\(role.rawValue) \(entry.id)"
            if let earlier = seen[key] {
                // Cited twice in one role: the citation that says why it applies here wins.
                if let point = citation.point { out[earlier].text = point }
                continue
            }
            seen[key] = out.count
            out.append(.init(id: entry.id, role: role, list: entry.list, text: citation.point ?? entry.summary))
        }
        // A case whose note is cited needs no second line as a contrast: the note is the part that applies.
        let noted = Set(out.filter { $0.role == .note }.map(\.id))
        return out.filter { $0.role != .contrast || !noted.contains($0.id) }
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
        if case .unanswered(let stop) = walk.end {
            return classesReachable(from: stop, grounds: walk.steps.flatMap(groundIDs), budget: &budget)
        }
        guard let settled = settledOutcome(walk) else { return nil }
        guard let unsure = walk.steps.first(where: isUnsure) else {
            return [settled.classification]
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

    /// Every class a walk stopped at an unanswered question could still reach, whatever the real answers
    /// from there (with the grounds already established); nil when the budget runs out. Memoised on
    /// (question, settled ground so far, open ground so far), so each question is visited at most four times.
    private func classesReachable(from start: String, grounds: [String], budget: inout Int) -> Set<Classification>? {
        struct State: Hashable { var node: String; var settled: Bool; var open: Bool }
        let established = grounds.compactMap(questionnaire.ground)
        var memo: [State: Set<Classification>] = [:]
        func reach(_ state: State, _ budget: inout Int) -> Set<Classification>? {
            if let known = memo[state] { return known }
            guard budget > 0, let node = questionnaire.node(state.node) else { return nil }
            budget -= 1
            var classes = Set<Classification>()
            for choice in node.choices where !choice.unsure {
                let added = choice.grounds.compactMap { questionnaire.ground($0.id) }
                let next = State(node: "", settled: state.settled || added.contains { !$0.open },
                                 open: state.open || added.contains(where: \.open))
                switch choice.destination {
                case .node(let reference)?:
                    guard let more = reach(State(node: reference.id, settled: next.settled, open: next.open), &budget) else { return nil }
                    classes.formUnion(more)
                case .outcome(let reference)?:
                    guard let outcome = settle(reference.id, settled: next.settled, open: next.open) else { return nil }
                    classes.insert(outcome.classification)
                case nil:
                    return nil
                }
            }
            memo[state] = classes
            return classes
        }
        return reach(State(node: start, settled: established.contains { !$0.open }, open: established.contains(where: \.open)), &budget)
    }

    /// The outcome of that class reached by the first real answer to the first 「わからない」 that leads to it.
    private func firstOutcome(of classification: Classification, answers: [String: String]) -> Outcome? {
        let walk = Walk(questionnaire, answers: answers)
        guard let settled = settledOutcome(walk) else { return nil }
        if let unsure = walk.steps.first(where: isUnsure) {
            for choice in questionnaire.node(unsure.node)!.choices where !choice.unsure {
                var changed = answers
                changed[unsure.node] = choice.id
                if let found = firstOutcome(of: classification, answers: changed) { return found }
            }
        }
        return settled.classification == classification ? settled : nil
    }

    /// The outcome a finished walk settles on: the one it reaches, or the one that outcome names for the
    /// grounds of 特定臨床研究 the path has established (`with_grounds`, `with_open_grounds`).
    public func settledOutcome(_ walk: Walk) -> Outcome? {
        guard case .outcome(let id) = walk.end else { return nil }
        return settle(id, grounds: walk.steps.flatMap(groundIDs))
    }

    private func settle(_ id: String, grounds ids: [String]) -> Outcome? {
        let grounds = ids.compactMap(questionnaire.ground)
        return settle(id, settled: grounds.contains { !$0.open }, open: grounds.contains(where: \.open))
    }

    private func settle(_ id: String, settled: Bool, open: Bool) -> Outcome? {
        guard let reached = questionnaire.outcome(id) else { return nil }
        if settled, let target = reached.withGrounds.flatMap({ questionnaire.outcome($0.id) }) {
            return target
        }
        if open, let target = reached.withOpenGrounds.flatMap({ questionnaire.outcome($0.id) }) {
            return target
        }
        return reached
    }

    private func groundIDs(_ step: Walk.Step) -> [String] {
        questionnaire.node(step.node)?.choice(step.choice)?.grounds.map(\.id) ?? []
    }

    /// The grounds the path establishes (certain, or open where the sources leave them open) and those a
    /// real answer to a 「わからない」 on the path would establish (possible), on the walk that answer leads to
    /// with the answers given.
    private func findings(_ walk: Walk, answers: [String: String]) -> [ClassificationResult.GroundFinding] {
        let q = questionnaire
        var seen = Set<String>()
        var found: [ClassificationResult.GroundFinding] = []
        func add(_ id: String, _ status: ClassificationResult.GroundFinding.Status) {
            guard let ground = q.ground(id), seen.insert(id).inserted else { return }
            found.append(.init(id: id, label: ground.label, status: ground.open && status == .certain ? .open : status))
        }
        for id in walk.steps.flatMap(groundIDs) { add(id, .certain) }
        for step in walk.steps where isUnsure(step) {
            for choice in q.node(step.node)!.choices where !choice.unsure {
                var changed = answers
                changed[step.node] = choice.id
                let alternative = Walk(q, answers: changed)
                for id in alternative.steps.flatMap(groundIDs) { add(id, .possible) }
            }
        }
        // Settled grounds first, then those a 「わからない」 could establish, then those the sources leave open.
        let order: [ClassificationResult.GroundFinding.Status] = [.certain, .possible, .open]
        return order.flatMap { status in found.filter { $0.status == status } }
    }
}
