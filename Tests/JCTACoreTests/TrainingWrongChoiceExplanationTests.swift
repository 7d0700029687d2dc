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
        XCTAssertEqual(explanation.decisive.map(\.node), ["funding", "approval"])
        XCTAssertEqual(explanation.decisive.map(\.choice), ["no", "in_label"])
        let edition = try TrainingTestSupport.edition("2025")
        XCTAssertEqual(explanation.decisive[0].alternatives.map(\.answer), [edition.node("funding")!.choice("maker_funds")!.label])
        XCTAssertEqual(explanation.ground, .factsRuleOut)
        let text = explanation.lines(.en).joined(separator: "\n")
        XCTAssertTrue(text.contains(edition.node("funding")!.question.en))
        XCTAssertTrue(text.contains(edition.node("approval")!.question.en))
    }

    func testPickingClinicalForAMeasurementOnlyStudyNamesTheMedicalActQuestion() throws {
        let explanation = try XCTUnwrap(try explain("case_3_10", picked: .clinical))
        XCTAssertEqual(explanation.decisive.map(\.node), ["medical_act"])
        XCTAssertEqual(explanation.decisive[0].alternatives.map(\.choice), ["device_invasive", "device_diagnosis"])
        XCTAssertFalse(explanation.decisive.map(\.node).contains("exclusion"),
                       "another exclusion could not have made it clinical")
    }

    func testWhenTheFactsAreOpenTheUnsureQuestionIsWhatDecides() throws {
        let explanation = try XCTUnwrap(try explain("funding_from_distributor_unsure", picked: .clinical))
        XCTAssertEqual(explanation.expected, .consult)
        XCTAssertEqual(explanation.decisive.map(\.node), ["funding"])
        XCTAssertEqual(explanation.ground, .openQuestions)
        XCTAssertFalse(explanation.lines(.en).joined().contains(try TrainingTestSupport.edition("2025").node("approval")!.question.en),
                       "the description states the use is on label, so approval is not open")
    }

    func testWithoutAFittingContrastTheFirstFactThatRulesThePickOutIsNamedAlone() throws {
        // A PK study picked as out of scope: the contrast (a biomarker study) fits, and nothing else is named.
        let explanation = try XCTUnwrap(try explain("case_2_1", picked: .outOfScope))
        XCTAssertEqual(explanation.decisive.map(\.node), ["purpose"])
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
        XCTAssertEqual(explanation.decisive.map(\.node), ["funding"])
        XCTAssertTrue(explanation.lines(.ja).joined().contains("「わからない」"))
    }

    func testTheSamePickIsRightOrWrongByEdition() throws {
        XCTAssertNil(try explain("guideline_off_label_2025", picked: .clinical, edition: "2025"))
        let old = try XCTUnwrap(try explain("guideline_off_label_2025", picked: .clinical, edition: "2019"))
        XCTAssertEqual(old.expected, .specified)
        XCTAssertEqual(old.decisive.map(\.node), ["approval"], "in 2019 only on-label use could have made it clinical")
    }
}
