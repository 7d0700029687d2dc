import XCTest
@testable import JCTACore

final class TrainingWrongChoiceExplanationTests: XCTestCase {
    private func explain(_ id: String, picked: Classification, edition: String = "2025") throws -> WrongChoiceExplanation? {
        WrongChoiceExplanation(picked: picked, item: try TrainingTestSupport.item(id, edition: edition),
                               questionnaire: try TrainingTestSupport.edition(edition))
    }

    func testARightPickHasNoExplanation() throws {
        XCTAssertNil(try explain("case_2_1", picked: .clinical))
    }

    func testPickingSpecifiedForAnUnfundedOnLabelStudyNamesFundingAndApproval() throws {
        let explanation = try XCTUnwrap(try explain("case_2_1", picked: .specified))
        XCTAssertEqual(explanation.expected, .clinical)
        XCTAssertEqual(explanation.decisive.filter { ["funding", "approval"].contains($0.node) }.map(\.choice), ["no", "in_label"])
        let edition = try TrainingTestSupport.edition("2025")
        for alternative in explanation.decisive.flatMap(\.alternatives) {
            XCTAssertEqual(alternative.classes.count, 1, "an alternative is offered only where the other facts decide its class")
        }
        XCTAssertEqual(explanation.ground, .factsRuleOut)
        let text = explanation.lines(.en).joined(separator: "\n")
        XCTAssertTrue(text.contains(edition.node("funding")!.question.en))
        XCTAssertTrue(text.contains(edition.node("approval")!.question.en))
    }

    func testPickingClinicalForAMeasurementOnlyStudyNamesTheMedicalActQuestion() throws {
        let explanation = try XCTUnwrap(try explain("case_3_10", picked: .clinical))
        XCTAssertEqual(explanation.decisive.map(\.node), ["medical_act"])
        XCTAssertFalse(explanation.decisive.map(\.node).contains("exclusion"), "the exclusion question decides nothing here")
    }

    func testWhenTheFactsAreOpenTheUnsureQuestionIsWhatDecides() throws {
        let explanation = try XCTUnwrap(try explain("funding_from_distributor_unsure", picked: .clinical))
        XCTAssertEqual(explanation.expected, .consult)
        XCTAssertEqual(explanation.decisive.map(\.node), ["funding"])
        XCTAssertEqual(explanation.ground, .openQuestions)
        XCTAssertFalse(explanation.lines(.en).joined().contains(try TrainingTestSupport.edition("2025").node("approval")!.question.en),
                       "the description states the use is on label, so approval is not open")
    }

    func testWhatDecidesTheClassIsTheSameWhateverWasPicked() throws {
        // 決め手 follows the lesson, not the trainee's pick.
        let outOfScope = try XCTUnwrap(try explain("case_2_1", picked: .outOfScope))
        let specified = try XCTUnwrap(try explain("case_2_1", picked: .specified))
        let consult = try XCTUnwrap(try explain("case_2_1", picked: .consult))
        XCTAssertEqual(outOfScope.decisive, specified.decisive)
        XCTAssertEqual(consult.decisive, specified.decisive)
        XCTAssertTrue(outOfScope.decisive.map(\.node).contains("approval"))
        let food = try XCTUnwrap(try explain("food_supplement_trial", picked: .clinical))
        XCTAssertEqual(food.decisive.map(\.node), ["product"])
        XCTAssertEqual(food.decisive[0].alternatives, [], "no drug may be suggested for a food")
    }

    func testAPolicyConsultNamesThePointTheToolTreatsAsUnsettled() throws {
        let explanation = try XCTUnwrap(try explain("jis_conformity_test", picked: .outOfScope))
        guard case .unsettledPoint(let point) = explanation.ground else { return XCTFail("\(explanation.ground)") }
        XCTAssertTrue(explanation.lines(.ja).joined().contains(point.ja))
    }

    func testPickingConsultWhenEverythingIsStatedListsTheSettlingFacts() throws {
        let explanation = try XCTUnwrap(try explain("case_1_1", picked: .consult))
        XCTAssertEqual(explanation.ground, .settled)
        XCTAssertTrue(explanation.decisive.map(\.node).contains("funding"))
        XCTAssertTrue(explanation.lines(.ja).joined().contains("「わからない」"))
    }

    func testTheSamePickIsRightOrWrongByEdition() throws {
        XCTAssertNil(try explain("guideline_off_label_2025", picked: .clinical, edition: "2025"))
        let old = try XCTUnwrap(try explain("guideline_off_label_2025", picked: .clinical, edition: "2019"))
        XCTAssertEqual(old.expected, .specified)
        XCTAssertTrue(old.decisive.map(\.node).contains("approval"), "in 2019 the off-label use decides it")
    }

    func testReachableClassesRemembersWhatItTried() throws {
        let edition = try TrainingTestSupport.edition("2025")
        let item = try TrainingTestSupport.item("food_supplement_trial", edition: "2025")
        let reach = ReachableClasses(edition)
        var open = ScenarioKey.answers(of: item.scenario, in: edition)
        open[item.key.path.last!.node] = nil
        let first = reach.classes(open)
        let tried = reach.tried
        XCTAssertGreaterThan(tried, 0)
        XCTAssertEqual(reach.classes(open), first)
        XCTAssertEqual(reach.tried, tried, "a second question about the same answers runs no classification")
        // The feedback of the exercise that took seconds to appear now costs about one walk of its subtree.
        var known: [String: String] = [:]
        let fresh = ReachableClasses(edition)
        var prefixes: [[String: String]] = []
        for step in item.key.path { known[step.node] = step.choice; prefixes.append(known) }
        for prefix in prefixes.reversed() { _ = fresh.classes(prefix) }
        XCTAssertLessThanOrEqual(fresh.tried, ReachableClasses.budget * 2)
    }
}
