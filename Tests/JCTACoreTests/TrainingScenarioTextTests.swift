import XCTest
@testable import JCTACore

/// Exercise texts read as a clinician's plan, not as a formula that gives the class away.
final class TrainingScenarioTextTests: XCTestCase {
    func testNoDescriptionStatesTheLegalConclusionOutright() throws {
        let giveaways = ["目的としていません", "評価しません", "まだ確認できていません", "まだ分かっていません", "特定臨床研究", "臨床研究法",
                         "not an aim", "are not evaluated", "has not been confirmed", "is not yet known"]
        for scenario in try TrainingTestSupport.scenarios() {
            for phrase in giveaways {
                XCTAssertFalse(scenario.description.ja.contains(phrase) || scenario.description.en.contains(phrase),
                               "\(scenario.id) says '\(phrase)'")
            }
        }
    }

    func testConsultExercisesDoNotShareAnEnding() throws {
        for edition in try TrainingTestSupport.editions() {
            let pool = TrainingPool(scenarios: try TrainingTestSupport.scenarios(), questionnaire: edition)
            // An ending that two 要相談 exercises share and no other exercise has would be a formula.
            func ending(_ item: TrainingItem) -> String { String(item.scenario.description.ja.suffix(10)) }
            let consult = pool.items.filter { $0.expected == .consult }.map(ending)
            let others = Set(pool.items.filter { $0.expected != .consult }.map(ending))
            for shared in Set(consult) where consult.filter({ $0 == shared }).count > 1 {
                XCTAssertTrue(others.contains(shared), "edition \(edition.edition): 要相談 exercises end alike: \(shared)")
            }
        }
    }

    func testEveryExerciseHasATitleThatDoesNotNameItsClass() throws {
        for scenario in try TrainingTestSupport.scenarios() {
            XCTAssertFalse(scenario.title.ja.isEmpty)
            for classification in Classification.allCases {
                XCTAssertFalse(scenario.title.ja.contains(classification.shortLabel.ja), scenario.id)
            }
            for tag in scenario.tags { XCTAssertNotEqual(TrainingTags.label(tag).en, tag.replacingOccurrences(of: "_", with: " "), "tag \(tag) has a name") }
        }
    }
}
