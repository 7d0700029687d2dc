/// Checks that cited cases support the results that cite them: a case cited for its note has a note; a case
/// an outcome cites as a ground points to that outcome's class (and, out of scope, its reason); a case a choice
/// cites as a ground points to some result reachable from that choice (otherwise it could only ever be a
/// contrast, and should be written as one).
enum CitationCheck {
    /// A class of result, with the reason for out-of-scope ones.
    struct ResultKind: Hashable {
        var classification: Classification
        var reason: String?
    }

    static func check(_ q: Questionnaire, into diagnostics: inout [Diagnostic]) {
        let reachable = reachableKinds(q)
        func checkNote(_ citation: CaseCitation, _ entry: CaseEntry, owner: String) {
            if citation.role == .note && entry.note == nil {
                diagnostics.append(Diagnostic(.citationMismatch, at: citation.location,
                    "\(owner) cites case \(entry.id) for its note, but the case has no note",
                    fix: "cite it as a ground (\"\(entry.id)\") or `as: contrast`"))
            }
        }
        for outcome in q.outcomes {
            let owner = "outcome '\(outcome.id)'"
            for citation in outcome.cases {
                guard let entry = q.caseEntry(citation.id) else { continue }
                checkNote(citation, entry, owner: owner)
                if citation.role == .ground && !entry.supports(outcome.classification, reason: outcome.reason) {
                    diagnostics.append(Diagnostic(.citationMismatch, at: citation.location,
                        "\(owner) cites case \(entry.id) as a ground, but the case's rule points to \(describe(entry)), not to this result",
                        fix: "cite it `as: contrast` or `as: note` (with its point), or cite a case that fits"))
                }
            }
        }
        for node in q.nodes {
            for choice in node.choices {
                let owner = "choice '\(choice.id)' of node '\(node.id)'"
                let kinds: Set<ResultKind>
                switch choice.destination {
                case .node(let reference)?: kinds = reachable[reference.id] ?? []
                case .outcome(let reference)?:
                    kinds = q.outcome(reference.id).map { [ResultKind(classification: $0.classification, reason: $0.reason)] } ?? []
                case nil: kinds = []
                }
                for citation in choice.cases {
                    guard let entry = q.caseEntry(citation.id) else { continue }
                    checkNote(citation, entry, owner: owner)
                    if citation.role == .ground && !kinds.isEmpty
                        && !kinds.contains(where: { entry.supports($0.classification, reason: $0.reason) }) {
                        diagnostics.append(Diagnostic(.citationMismatch, at: citation.location,
                            "\(owner) cites case \(entry.id) as a ground, but no result this answer leads to is \(describe(entry))",
                            fix: "cite it `as: contrast` or `as: note` (with its point), or cite it where its rule applies"))
                    }
                }
            }
        }
    }

    private static func describe(_ entry: CaseEntry) -> String {
        entry.list == .outOfScope ? "out_of_scope (\(entry.reasons.joined(separator: ", ")))" : entry.list.rawValue
    }

    /// The kinds of result each node can lead to; iterative post-order, so deep files are safe. Nodes on a
    /// cycle get what was known when the cycle closed (the graph check reports the cycle itself).
    static func reachableKinds(_ q: Questionnaire) -> [String: Set<ResultKind>] {
        var result: [String: Set<ResultKind>] = [:]
        var visiting = Set<String>()
        for start in q.nodes where result[start.id] == nil {
            var stack: [(id: String, next: Int)] = [(start.id, 0)]
            visiting.insert(start.id)
            while let top = stack.last {
                guard let node = q.node(top.id), top.next < node.choices.count else {
                    var kinds = Set<ResultKind>()
                    for choice in q.node(top.id)?.choices ?? [] {
                        switch choice.destination {
                        case .node(let reference)?: kinds.formUnion(result[reference.id] ?? [])
                        case .outcome(let reference)?:
                            if let outcome = q.outcome(reference.id) {
                                kinds.insert(ResultKind(classification: outcome.classification, reason: outcome.reason))
                            }
                        case nil: break
                        }
                    }
                    result[top.id] = kinds
                    visiting.remove(top.id)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                if case .node(let reference)? = node.choices[top.next].destination,
                   result[reference.id] == nil, !visiting.contains(reference.id), q.node(reference.id) != nil {
                    visiting.insert(reference.id)
                    stack.append((reference.id, 0))
                }
            }
        }
        return result
    }
}
