/// Checks what the loader cannot: unique ids, case ids that exist, list tags that match their case, every
/// casebook entry retold, and answers that walk to an outcome in every edition (with none left unused).
public enum ScenarioValidator {
    public static func validate(_ scenarios: [TrainingScenario], editions: [Questionnaire]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ code: DiagnosticCode, _ at: SourceLocation, _ message: String, fix: String) {
            diagnostics.append(Diagnostic(code, at: at, message, fix: fix))
        }

        var firstByID: [String: SourceLocation] = [:]
        for scenario in scenarios {
            if let earlier = firstByID[scenario.id] {
                report(.duplicateID, scenario.location, "scenario id '\(scenario.id)' is already used at line \(earlier.line)",
                       fix: "give this scenario another id")
            } else {
                firstByID[scenario.id] = scenario.location
            }
            checkTags(scenario, editions: editions, report: report)
            checkAnswers(scenario, editions: editions, report: report)
            checkContrasts(scenario, editions: editions, report: report)
        }

        let retold = Set(scenarios.compactMap(\.caseID))
        var reportedCases = Set<String>()
        for edition in editions {
            for entry in edition.cases where !retold.contains(entry.id) && reportedCases.insert(entry.id).inserted {
                report(.caseNotCited, scenarios.first?.location ?? entry.location,
                       "casebook entry \(entry.id) has no training scenario",
                       fix: "add a scenario with `case: \"\(entry.id)\"` retelling it")
            }
        }
        return diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    private static func checkTags(_ scenario: TrainingScenario, editions: [Questionnaire],
                                  report: (DiagnosticCode, SourceLocation, String, String) -> Void) {
        let name = "scenario '\(scenario.id)'"
        let listTags = scenario.tags.filter(TrainingTags.isList)
        guard let caseID = scenario.caseID else {
            if let tag = listTags.first {
                report(.badValue, scenario.location, "\(name) has list tag '\(tag)' but retells no casebook entry",
                       "remove the tag, or add `case:` naming the entry")
            }
            return
        }
        for edition in editions where edition.caseEntry(caseID) == nil {
            report(.danglingReference, scenario.location, "\(name) retells case \(caseID), which edition \(edition.edition) does not have",
                   "use one of: \(QuestionnaireValidator.suggestions(for: caseID, among: edition.cases.map(\.id)))")
        }
        let expected = TrainingScenario.listTag(ofCase: caseID)
        if listTags != [expected] {
            report(.badValue, scenario.location, "\(name) retells case \(caseID) so its only list tag must be '\(expected)'",
                   "tag it with \(expected) (the casebook list) and topics")
        }
    }

    /// A contrast names a question the scenario answers and another real choice of it in some edition.
    private static func checkContrasts(_ scenario: TrainingScenario, editions: [Questionnaire],
                                       report: (DiagnosticCode, SourceLocation, String, String) -> Void) {
        let name = "scenario '\(scenario.id)'"
        let answers = scenario.answerMap
        for contrast in scenario.contrasts {
            guard let answer = answers[contrast.node] else {
                report(.danglingReference, contrast.location, "\(name) contrasts '\(contrast.node)', which it does not answer",
                       "contrast only questions the scenario answers: \(scenario.answers.map(\.node).joined(separator: ", "))")
                continue
            }
            let choices = editions.compactMap { $0.node(contrast.node) }.flatMap(\.choices)
            if contrast.choice == answer || !choices.contains(where: { $0.id == contrast.choice && !$0.unsure }) {
                report(.badValue, contrast.location, "'\(contrast.choice)' is not another answer to '\(contrast.node)' in \(name)",
                       "use one of: \(uniqued(choices.filter { !$0.unsure && $0.id != answer }.map(\.id)).joined(separator: ", "))")
            }
        }
    }

    private static func checkAnswers(_ scenario: TrainingScenario, editions: [Questionnaire],
                                     report: (DiagnosticCode, SourceLocation, String, String) -> Void) {
        let name = "scenario '\(scenario.id)'"
        var usedSomewhere = Set<String>()
        var walkedEverywhere = true
        for answer in scenario.answers where !editions.contains(where: { $0.node(answer.node) != nil }) {
            report(.danglingReference, answer.location, "\(name) answers '\(answer.node)', which no edition asks",
                   "use one of: \(QuestionnaireValidator.suggestions(for: answer.node, among: uniqued(editions.flatMap { $0.nodes.map(\.id) })))")
        }
        for edition in editions {
            switch ScenarioKey.result(of: scenario, in: edition) {
            case .success(let result):
                usedSomewhere.formUnion(result.path.map(\.node))
            case .failure(.unanswered(let node)):
                walkedEverywhere = false
                report(.missingKey, scenario.location, "under edition \(edition.edition), \(name) gives no answer to '\(node)', which its walk reaches",
                       "add `\(node): <choice>` to its answers (choices: \(edition.node(node)?.choices.map(\.id).joined(separator: ", ") ?? "?"))")
            case .failure(.unknownChoice(let node, let choice)):
                walkedEverywhere = false
                let at = scenario.answers.first { $0.node == node }?.location ?? scenario.location
                report(.danglingReference, at, "under edition \(edition.edition), '\(choice)' is not a choice of '\(node)'",
                       "use one of: \(edition.node(node)?.choices.map(\.id).joined(separator: ", ") ?? "?")")
            }
        }
        // An answer no walk uses is a fact the scenario states for nothing: usually a mistyped path.
        guard walkedEverywhere else { return }
        for answer in scenario.answers where !usedSomewhere.contains(answer.node)
            && editions.contains(where: { $0.node(answer.node) != nil }) {
            report(.unreachable, answer.location, "\(name) answers '\(answer.node)', but no edition's walk reaches it",
                   "remove the answer, or correct the answers before it")
        }
    }
}
