import XCTest
@testable import JCTACore

/// Every scenario, under every embedded edition, with every wrong pick: the feedback names only what decides
/// the class. Written over whatever the rules say, so it holds as routes and outcomes change.
final class TrainingFeedbackSettledQuestionsTests: XCTestCase {
    private struct Case {
        var item: TrainingItem
        var edition: Questionnaire
        var picked: Classification
        var feedback: TrainingFeedback
    }

    /// Every (scenario, edition, wrong pick), built once: keying every alternative is the costly part.
    nonisolated(unsafe) private static var cached: [Case]?

    private func everyWrongPick(_ body: (TrainingItem, Questionnaire, Classification, TrainingFeedback) throws -> Void) throws {
        if Self.cached == nil {
            let scenarios = try TrainingTestSupport.scenarios()
            let editions = try TrainingTestSupport.editions()
            var cases: [Case] = []
            for edition in editions {
                let pool = TrainingPool(scenarios: scenarios, questionnaire: edition)
                XCTAssertEqual(pool.items.count, scenarios.count, "every scenario is usable with edition \(edition.edition)")
                for item in pool.items {
                    for picked in Classification.allCases where picked != item.expected {
                        cases.append(Case(item: item, edition: edition, picked: picked,
                                          feedback: TrainingFeedback(item: item, picked: picked, walk: nil, questionnaire: edition)))
                    }
                }
            }
            XCTAssertEqual(cases.count, scenarios.count * 3 * editions.count)
            Self.cached = cases
        }
        for entry in Self.cached! { try body(entry.item, entry.edition, entry.picked, entry.feedback) }
    }

    func testNoFeedbackListsAQuestionTheScenarioSettlesAsOpen() throws {
        try everyWrongPick { item, edition, picked, feedback in
            let explanation = try XCTUnwrap(feedback.wrongChoice)
            guard explanation.ground == .openQuestions else { return }
            XCTAssertEqual(item.expected, .consult)
            for step in explanation.decisive {
                let answer = try XCTUnwrap(item.scenario.answerMap[step.node], "\(item.id): '\(step.node)' is listed but not answered")
                XCTAssertEqual(edition.node(step.node)?.choice(answer)?.unsure, true,
                               "\(item.id) (\(edition.edition), picked \(picked)): '\(step.node)' is settled by the scenario ('\(answer)') but listed as open")
                XCTAssertFalse(item.key.notDecisive.contains(step.node), "\(item.id): '\(step.node)' does not change the class")
                XCTAssertGreaterThan(Set(step.alternatives.flatMap(\.classes)).count, 1,
                                     "\(item.id): an open question is listed because its answers lead to different classes")
            }
        }
    }

    func testAConsultKeyWithStatedFactsNamesTheUnsettledPointInstead() throws {
        try everyWrongPick { item, edition, picked, feedback in
            let explanation = try XCTUnwrap(feedback.wrongChoice)
            let open = item.key.path.filter { $0.unsure && !item.key.notDecisive.contains($0.node) }
            if item.expected == .consult {
                if open.isEmpty {
                    XCTAssertEqual(explanation.ground, .unsettledPoint(item.key.explanation), "\(item.id) under \(edition.edition)")
                    XCTAssertTrue(explanation.lines(.ja).joined().contains(item.key.explanation.ja))
                } else {
                    XCTAssertEqual(explanation.ground, .openQuestions, "\(item.id) under \(edition.edition)")
                    XCTAssertEqual(explanation.decisive.map(\.node), open.map(\.node))
                }
            } else {
                XCTAssertEqual(explanation.ground, picked == .consult ? .settled : .factsRuleOut, "\(item.id) under \(edition.edition)")
            }
        }
    }

    func testOnlyDecidingRowsAreMarkedAndEveryAlternativeIsTheAuthorsAndLeadsWhereItSays() throws {
        try everyWrongPick { item, edition, picked, feedback in
            let explanation = try XCTUnwrap(feedback.wrongChoice)
            XCTAssertFalse(explanation.decisive.isEmpty, "\(item.id) under \(edition.edition), picked \(picked): nothing named")
            XCTAssertEqual(feedback.decisiveNodes, Set(explanation.decisive.map(\.node)))
            let path = feedback.sections(.en).first { $0.title.hasPrefix("The path") }!
            let marked = path.items.filter { $0.hasPrefix("*") }.count
            XCTAssertEqual(marked, explanation.decisive.count, "\(item.id): one mark per deciding row")
            let reach = ReachableClasses(edition)
            for step in explanation.decisive {
                XCTAssertTrue(item.key.path.contains { $0.node == step.node && $0.choice == step.choice })
                for alternative in step.alternatives {
                    var changed = ScenarioKey.answers(of: item.scenario, in: edition)
                    changed[step.node] = alternative.choice
                    XCTAssertEqual(Set(alternative.classes), reach.classes(changed))
                    if item.expected != .consult {
                        XCTAssertTrue(item.scenario.contrastMap[step.node]?.contains(alternative.choice) == true,
                                      "\(item.id): '\(alternative.choice)' offered but not among the scenario's contrasts")
                        XCTAssertEqual(alternative.classes.count, 1, "\(item.id): '\(alternative.choice)' leads where the scenario does not say")
                        XCTAssertNotEqual(alternative.classes, [item.expected])
                    }
                }
            }
            guard item.expected != .consult else { return }
            // A firm class is decided by the same facts whatever was picked (決め手 and the marks do not follow the pick).
            let other = TrainingFeedback(item: item, picked: Classification.allCases.first { $0 != item.expected && $0 != picked }!,
                                         walk: nil, questionnaire: edition)
            XCTAssertEqual(other.wrongChoice?.decisive, explanation.decisive, "\(item.id) under \(edition.edition)")
            // Each fact named either puts another class out of reach or has an alternative that would decide one.
            var known: [String: String] = [:]
            for step in item.key.path {
                let before = reach.classes(known)
                known[step.node] = step.choice
                guard let named = explanation.decisive.first(where: { $0.node == step.node }), named.alternatives.isEmpty else { continue }
                XCTAssertNotEqual(before.subtracting([.consult]), reach.classes(known).subtracting([.consult]),
                                  "\(item.id) under \(edition.edition): '\(step.node)' is named but decides nothing")
            }
        }
    }

    func testAnAlternativeTheScenarioDoesNotStateIsNeverOffered() throws {
        // Approved instruments, no company money: with "a device" the study could only be clinical research, and
        // the scenario says nothing about a device's approval, so "it could have been specified" is not said.
        let surgery = TrainingFeedback(item: try TrainingTestSupport.item("case_3_2", edition: "2025"), picked: .specified,
                                       walk: nil, questionnaire: try TrainingTestSupport.edition("2025"))
        XCTAssertFalse(surgery.sections(.ja)[0].items.joined().contains("医療機器（プログラムを含む）」なら"))
        XCTAssertEqual(surgery.wrongChoice?.decisive.map(\.node), ["product"])
        // The off-label lesson is what decides targeted drug S, whichever class was picked.
        for edition in ["2019", "2025"] {
            let item = try TrainingTestSupport.item("off_label_new_dose_2025", edition: edition)
            let picked = TrainingFeedback(item: item, picked: .outOfScope, walk: nil, questionnaire: try TrainingTestSupport.edition(edition))
            let decisive = picked.wrongChoice!.decisive.map(\.node)
            XCTAssertTrue(decisive.contains(edition == "2019" ? "approval" : "low_risk"), "\(edition): \(decisive)")
        }
    }

    func testCitedCasesAreTheScenariosOwnAndCaveatsComeFromItsAnswers() throws {
        try everyWrongPick { item, edition, _, feedback in
            XCTAssertEqual(feedback.citedCases.map(\.id), item.scenario.citedCases.filter { edition.caseEntry($0) != nil })
            let raised = item.key.path.compactMap { edition.node($0.node)?.choice($0.choice)?.caveat }
            let own = item.expected == .consult ? edition.outcome(item.key.outcome)!.caveats : []
            for caveat in feedback.caveats { XCTAssertTrue(raised.contains(caveat) || own.contains(caveat), "\(item.id)") }
        }
    }

    func testAFoodStudyCitesNoSurgeryCaseAndUnrelatedFundingCitesTheFundingCases() throws {
        let food = TrainingFeedback(item: try TrainingTestSupport.item("food_supplement_trial", edition: "2025"), picked: .clinical,
                                    walk: nil, questionnaire: try TrainingTestSupport.edition("2025"))
        XCTAssertFalse(food.citedCases.map(\.id).contains("3-2"))
        XCTAssertFalse(food.sections(.ja).flatMap(\.items).joined().contains("(3-2)"))
        let funding = try TrainingTestSupport.scenarios().first { $0.id == "funding_unrelated_company" }!
        XCTAssertFalse(Set(funding.citedCases).isDisjoint(with: ["1-1", "1-2"]))
    }

    func testAMassageChairIsNeverSaidToCompareWaysOfUse() throws {
        let edition = try TrainingTestSupport.edition("2025")
        let feedback = TrainingFeedback(item: try TrainingTestSupport.item("case_3_4", edition: "2025"), picked: .clinical,
                                        walk: nil, questionnaire: edition)
        let explanation = try XCTUnwrap(feedback.wrongChoice)
        let offered = explanation.decisive.flatMap(\.alternatives).map(\.choice)
        XCTAssertFalse(offered.contains("usage_within_approval"))
        XCTAssertEqual(explanation.decisive.map(\.node), ["secondary_aim"])
    }
}
