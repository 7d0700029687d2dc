/// Checks what the loader cannot: unique ids, references that resolve, a tree with no cycles whose every
/// node is reachable and every path ends in an outcome, every casebook entry cited, a 「わからない」 on
/// every question.
public enum QuestionnaireValidator {
    public static func validate(_ questionnaire: Questionnaire) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let q = questionnaire
        func report(_ code: DiagnosticCode, _ at: SourceLocation, _ message: String, fix: String) {
            diagnostics.append(Diagnostic(code, at: at, message, fix: fix))
        }

        checkUnique(q.articles.map { ($0.id, $0.location) }, what: "article", into: &diagnostics)
        checkUnique(q.cases.map { ($0.id, $0.location) }, what: "case", into: &diagnostics)
        checkUnique(q.glossary.map { ($0.id, $0.location) }, what: "term", into: &diagnostics)
        checkUnique(q.nodes.map { ($0.id, $0.location) } + q.outcomes.map { ($0.id, $0.location) },
                    what: "node or outcome", into: &diagnostics)

        if let until = q.effectiveUntil, until < q.effectiveFrom {
            report(.effectiveDates, q.keyLocations["effective_until"] ?? q.location,
                   "effective_until \(until) is before effective_from \(q.effectiveFrom)",
                   fix: "put the last day the edition applies after its first day")
        }

        let nodeIDs = q.nodes.map(\.id)
        let outcomeIDs = q.outcomes.map(\.id)
        func resolve(_ reference: Reference, exists: Bool, kind: String, known: [String], owner: String) {
            guard !exists else { return }
            report(.danglingReference, reference.location, "\(owner) refers to unknown \(kind) '\(reference.id)'",
                   fix: "use one of: \(suggestions(for: reference.id, among: uniqued(known)))")
        }
        let caseIDs = q.cases.map(\.id)
        let termIDs = q.glossary.map(\.id)
        let articleIDs = q.articles.map(\.id)

        if q.node(q.root) == nil {
            report(.danglingReference, q.keyLocations["root"] ?? q.location, "root refers to unknown node '\(q.root)'",
                   fix: "use one of: \(suggestions(for: q.root, among: nodeIDs))")
        }
        if let consult = q.outcome(q.consultOutcome) {
            if consult.classification != .consult {
                report(.consultOutcome, consult.location, "consult_outcome '\(consult.id)' has class \(consult.classification.rawValue)",
                       fix: "point consult_outcome at an outcome with `class: consult`")
            }
        } else {
            report(.danglingReference, q.keyLocations["consult_outcome"] ?? q.location,
                   "consult_outcome refers to unknown outcome '\(q.consultOutcome)'",
                   fix: "use one of: \(suggestions(for: q.consultOutcome, among: outcomeIDs))")
        }

        var citedCases = Set<String>()
        for node in q.nodes {
            let owner = "node '\(node.id)'"
            for reference in node.cases {
                resolve(reference, exists: q.caseEntry(reference.id) != nil, kind: "case", known: caseIDs, owner: owner)
                citedCases.insert(reference.id)
            }
            for reference in node.terms {
                resolve(reference, exists: q.term(reference.id) != nil, kind: "term", known: termIDs, owner: owner)
            }
            for reference in node.articles {
                resolve(reference, exists: q.article(reference.id) != nil, kind: "article", known: articleIDs, owner: owner)
            }
            if node.choices.isEmpty {
                report(.emptyChoices, node.location, "\(owner) has no choices", fix: "add the answers under `choices:`")
            }
            checkUnique(node.choices.map { ($0.id, $0.location) }, what: "choice of \(owner)", into: &diagnostics)
            let unsure = node.choices.filter(\.unsure)
            if unsure.isEmpty && !node.choices.isEmpty {
                report(.unsureChoice, node.location, "\(owner) offers no 「わからない／Not sure」 choice",
                       fix: "add a choice with `unsure: true`, a `confirm:` text and where the walk goes on")
            } else if unsure.count > 1 {
                report(.unsureChoice, unsure[1].location, "\(owner) has more than one 「わからない」 choice",
                       fix: "keep one choice with `unsure: true`")
            }
            for choice in node.choices {
                let owner = "choice '\(choice.id)' of node '\(node.id)'"
                for citation in choice.cases {
                    resolve(Reference(id: citation.id, location: citation.location), exists: q.caseEntry(citation.id) != nil,
                            kind: "case", known: caseIDs, owner: owner)
                }
                for reference in choice.grounds {
                    resolve(reference, exists: q.ground(reference.id) != nil, kind: "ground", known: q.grounds.map(\.id), owner: owner)
                }
                switch choice.destination {
                case .node(let reference)?:
                    resolve(reference, exists: q.node(reference.id) != nil, kind: "node", known: nodeIDs, owner: owner)
                case .outcome(let reference)?:
                    resolve(reference, exists: q.outcome(reference.id) != nil, kind: "outcome", known: outcomeIDs, owner: owner)
                    if choice.unsure, let outcome = q.outcome(reference.id), outcome.classification != .consult {
                        report(.unsureDestination, reference.location,
                               "\(owner) is 「わからない」 but ends in '\(outcome.id)', which is \(outcome.classification.rawValue)",
                               fix: "let 「わからない」 go on to a question or end in a `class: consult` outcome")
                    }
                case nil: break
                }
            }
        }
        for outcome in q.outcomes {
            for citation in outcome.cases {
                resolve(Reference(id: citation.id, location: citation.location), exists: q.caseEntry(citation.id) != nil,
                        kind: "case", known: caseIDs, owner: "outcome '\(outcome.id)'")
            }
            for reference in outcome.articles {
                resolve(reference, exists: q.article(reference.id) != nil, kind: "article", known: articleIDs, owner: "outcome '\(outcome.id)'")
            }
            let targets: [(Reference?, String, Set<Classification>)] = [
                (outcome.withGrounds, "with_grounds", [.specified]),
                (outcome.withOpenGrounds, "with_open_grounds", [.specified, .consult]),
            ]
            for case let (reference?, key, allowed) in targets {
                resolve(reference, exists: q.outcome(reference.id) != nil, kind: "outcome", known: outcomeIDs, owner: "outcome '\(outcome.id)' \(key)")
                if let target = q.outcome(reference.id), !allowed.contains(target.classification) {
                    report(.groundOutcomeClass, reference.location,
                           "outcome '\(outcome.id)' \(key) names '\(target.id)', which is \(target.classification.rawValue)",
                           fix: key == "with_grounds" ? "name an outcome with `class: specified`"
                                                      : "name an outcome with `class: consult` (or specified)")
                }
            }
        }
        for ground in q.grounds {
            for reference in ground.articles {
                resolve(reference, exists: q.article(reference.id) != nil, kind: "article", known: articleIDs, owner: "ground '\(ground.id)'")
            }
        }
        checkUnique(q.grounds.map { ($0.id, $0.location) }, what: "ground", into: &diagnostics)
        for entry in q.cases where !citedCases.contains(entry.id) {
            report(.caseNotCited, entry.location, "case \(entry.id) is not cited by any question",
                   fix: "add \"\(entry.id)\" to the `cases:` of the question it decides")
        }
        checkGraph(q, into: &diagnostics)
        CitationCheck.check(q, into: &diagnostics)
        checkGroundsReachResults(q, into: &diagnostics)
        return diagnostics.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
    }

    /// Reachability from the root, cycles, and outcomes that no path reaches; iterative, so deep trees are safe.
    private static func checkGraph(_ q: Questionnaire, into diagnostics: inout [Diagnostic]) {
        guard q.node(q.root) != nil else { return }
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var reachedOutcomes = Set<String>()
        var reportedCycle = false
        // Each frame: the node and the index of the next choice to follow.
        var stack: [(id: String, next: Int)] = [(q.root, 0)]
        marks[q.root] = .visiting
        while let top = stack.last {
            guard let node = q.node(top.id), top.next < node.choices.count else {
                marks[top.id] = .done
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            let choice = node.choices[top.next]
            switch choice.destination {
            case .outcome(let reference)?:
                reachedOutcomes.insert(reference.id)
                if let outcome = q.outcome(reference.id) {
                    reachedOutcomes.formUnion([outcome.withGrounds, outcome.withOpenGrounds].compactMap { $0?.id })
                }
            case .node(let reference)?:
                guard q.node(reference.id) != nil else { continue }
                switch marks[reference.id] {
                case .visiting?:
                    if !reportedCycle {
                        let loop = stack.map(\.id).drop { $0 != reference.id } + [reference.id]
                        diagnostics.append(Diagnostic(.cycle, at: reference.location,
                            "choice '\(choice.id)' of node '\(node.id)' leads back to '\(reference.id)': \(loop.joined(separator: " -> "))",
                            fix: "point this choice at a later question or an outcome; the questionnaire must be a tree without loops"))
                        reportedCycle = true
                    }
                case .done?: break
                case nil:
                    marks[reference.id] = .visiting
                    stack.append((reference.id, 0))
                }
            case nil: break
            }
        }
        for node in q.nodes where marks[node.id] == nil {
            diagnostics.append(Diagnostic(.unreachable, at: node.location, "node '\(node.id)' cannot be reached from the root '\(q.root)'",
                                          fix: "point some choice's `next:` at '\(node.id)', or remove it"))
        }
        for outcome in q.outcomes where !reachedOutcomes.contains(outcome.id) && outcome.id != q.consultOutcome {
            diagnostics.append(Diagnostic(.outcomeNeverReached, at: outcome.location, "outcome '\(outcome.id)' is never reached",
                                          fix: "point a choice's `outcome:` at '\(outcome.id)', or remove it"))
        }
    }

    /// Every route that establishes a ground of 特定臨床研究 must end in a result that honours it: specified or
    /// consult, or an outcome that names one for such routes (`with_grounds`, `with_open_grounds`). Walks
    /// (question, grounds so far) pairs, so shared questions are visited at most four times each.
    private static func checkGroundsReachResults(_ q: Questionnaire, into diagnostics: inout [Diagnostic]) {
        struct State: Hashable { var node: String; var settled: Bool; var open: Bool }
        guard q.node(q.root) != nil else { return }
        var seen: Set<State> = []
        var reported: Set<String> = []
        var stack = [State(node: q.root, settled: false, open: false)]
        while let state = stack.popLast() {
            guard seen.insert(state).inserted, let node = q.node(state.node) else { continue }
            for choice in node.choices {
                let grounds = choice.grounds.compactMap { q.ground($0.id) }
                let settled = state.settled || grounds.contains { !$0.open }
                let open = state.open || grounds.contains(where: \.open)
                switch choice.destination {
                case .node(let reference)?:
                    stack.append(State(node: reference.id, settled: settled, open: open))
                case .outcome(let reference)?:
                    guard settled || open, let reached = q.outcome(reference.id) else { continue }
                    var outcome = reached
                    if settled, let target = reached.withGrounds.flatMap({ q.outcome($0.id) }) {
                        outcome = target
                    } else if open, let target = reached.withOpenGrounds.flatMap({ q.outcome($0.id) }) {
                        outcome = target
                    }
                    guard outcome.classification != .specified && outcome.classification != .consult,
                          reported.insert("\(node.id)/\(choice.id)").inserted else { continue }
                    diagnostics.append(Diagnostic(.groundIgnored, at: reference.location,
                        "choice '\(choice.id)' of node '\(node.id)' ends in '\(outcome.id)' (\(outcome.classification.rawValue)) on a route that has established a ground of specified clinical research",
                        fix: "give '\(reached.id)' `with_grounds:` (or `with_open_grounds:`) naming the result for such routes"))
                case nil: break
                }
            }
        }
    }

    private static func checkUnique(_ items: [(String, SourceLocation)], what: String, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.duplicateID, at: location,
                    "\(what) id '\(id)' is already used at line \(earlier.line)", fix: "give this \(what) another id"))
            } else {
                first[id] = location
            }
        }
    }

    /// The known ids closest to a mistyped one first, so the fix names the likely intended id.
    package static func suggestions(for id: String, among known: [String]) -> String {
        guard !known.isEmpty else { return "(none defined)" }
        let ranked = known.enumerated()
            .map { (distance: editDistance(id, $0.element, limit: 8), order: $0.offset, id: $0.element) }
            .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
        let shown = ranked.prefix(8).map(\.id).joined(separator: ", ")
        return known.count > 8 ? shown + ", …" : shown
    }

    /// Levenshtein distance, capped at `limit` so long ids stay cheap.
    package static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) >= limit { return limit }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return min(previous[b.count], limit)
    }
}

/// The items in their first order, each once.
package func uniqued<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
