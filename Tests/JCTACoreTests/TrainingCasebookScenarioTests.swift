import XCTest
@testable import JCTACore

/// The casebook is the ground truth: every scenario retelling an entry must compute the class of the entry's
/// list under every edition. A failure here means a scenario's answers are wrong (fix the scenario, never
/// the engine) or an edition changed what a casebook entry decides.
final class TrainingCasebookScenarioTests: XCTestCase {
    func testEveryCasebookScenarioComputesItsListsClassInEveryEdition() throws {
        let scenarios = try TrainingTestSupport.scenarios().filter { $0.caseID != nil }
        XCTAssertEqual(scenarios.count, 22)
        let expectedByList: [String: Classification] = ["1": .specified, "2": .clinical, "3": .outOfScope]
        for edition in try TrainingTestSupport.editions() {
            for scenario in scenarios {
                let caseID = try XCTUnwrap(scenario.caseID)
                let expected = try XCTUnwrap(expectedByList[TrainingScenario.listTag(ofCase: caseID)])
                XCTAssertEqual(edition.caseEntry(caseID)?.list, expected, "case \(caseID)'s list in edition \(edition.edition)")
                let result = try ScenarioKey.result(of: scenario, in: edition).get()
                XCTAssertEqual(result.classification, expected, "\(scenario.id) under edition \(edition.edition)")
            }
        }
    }

    func testScenariosWhoseClassChangesWithTheAmendmentAreTaggedAndSayWhy() throws {
        let old = try TrainingTestSupport.pool("2019")
        let new = try TrainingTestSupport.pool("2025")
        let changed = old.items.filter { new.item(id: $0.id)?.expected != $0.expected }
        XCTAssertFalse(changed.isEmpty, "the practice set should show what the 2025 amendment changed")
        for item in changed {
            XCTAssertTrue(item.scenario.tags.contains("amendment"), "\(item.id) changes class; tag it amendment")
            XCTAssertTrue(item.scenario.teachingPoint.ja.contains("版によって"), "\(item.id) should say the edition matters")
        }
        XCTAssertEqual(old.item(id: "guideline_off_label_2025")?.expected, .specified)
        XCTAssertEqual(new.item(id: "guideline_off_label_2025")?.expected, .clinical)
        // Burdensome research-only tests were not settled out of scope before the amendment either.
        XCTAssertEqual(old.item(id: "research_pet_in_care_2025")?.expected, .consult)
        XCTAssertEqual(new.item(id: "research_pet_in_care_2025")?.expected, .consult)
    }

    func testThePracticeSetCoversEveryClass() throws {
        for edition in ["2019", "2025"] {
            let classes = Set(try TrainingTestSupport.pool(edition).items.filter { $0.scenario.caseID == nil }.map(\.expected))
            XCTAssertEqual(classes, Set(Classification.allCases), "edition \(edition)")
        }
    }
}
