import XCTest
@testable import JCTACore

final class TrainingSelectionTests: XCTestCase {
    func testTheSameSeedSelectsTheSameScenariosInTheSameOrder() throws {
        let pool = try TrainingTestSupport.pool("2025")
        let first = try ScenarioSelection(count: 10, seed: 7).select(from: pool).map(\.id)
        let again = try ScenarioSelection(count: 10, seed: 7).select(from: pool).map(\.id)
        let other = try ScenarioSelection(count: 10, seed: 8).select(from: pool).map(\.id)
        XCTAssertEqual(first.count, 10)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
    }

    func testARoundIsBalancedAcrossClassesAndDoesNotRepeatATopicBackToBack() throws {
        for edition in ["2019", "2025"] {
            let pool = try TrainingTestSupport.pool(edition)
            let share = Dictionary(grouping: pool.items, by: \.expected).mapValues(\.count)
            for seed: UInt64 in [1, 7, 42] {
                let round = try ScenarioSelection(seed: seed).select(from: pool)
                XCTAssertEqual(Set(round.map(\.id)), Set(pool.items.map(\.id)))
                // Any prefix holds each class within one of its share.
                for length in [4, 10, 20] {
                    let prefix = round.prefix(length)
                    for (classification, size) in share {
                        let wanted = Double(length * size) / Double(pool.items.count)
                        let got = Double(prefix.filter { $0.expected == classification }.count)
                        XCTAssertLessThanOrEqual(abs(got - wanted), 1.0, "\(edition) seed \(seed): \(classification) in the first \(length)")
                    }
                }
                let repeats = zip(round, round.dropFirst()).filter { ScenarioSelection.topic($0) == ScenarioSelection.topic($1) }.count
                XCTAssertLessThanOrEqual(repeats, 1, "\(edition) seed \(seed): same topic back to back")
            }
        }
    }

    func testTheOrderOfTheFileDoesNotChangeASeededSelection() throws {
        let scenarios = try TrainingTestSupport.scenarios()
        let edition = try TrainingTestSupport.edition("2025")
        let forward = TrainingPool(scenarios: scenarios, questionnaire: edition)
        let backward = TrainingPool(scenarios: scenarios.reversed(), questionnaire: edition)
        XCTAssertEqual(try ScenarioSelection(count: 5, seed: 3).select(from: forward).map(\.id),
                       try ScenarioSelection(count: 5, seed: 3).select(from: backward).map(\.id))
    }

    func testFiltersKeepScenariosWithAnyOfTheTags() throws {
        let pool = try TrainingTestSupport.pool("2025")
        let listThree = try ScenarioSelection(filters: ["3"], seed: 1).select(from: pool)
        XCTAssertEqual(listThree.count, 15)
        XCTAssertTrue(listThree.allSatisfy { $0.scenario.caseID?.hasPrefix("3-") == true })
        let either = try ScenarioSelection(filters: ["1", "group_company"], seed: 1).select(from: pool)
        XCTAssertEqual(Set(either.map(\.id)), ["case_1_1", "case_1_2", "case_1_3", "funding_holding_company"])
    }

    func testUnknownFiltersAndBadCountsAreRefused() throws {
        let pool = try TrainingTestSupport.pool("2025")
        XCTAssertThrowsError(try ScenarioSelection(filters: ["4", "fundng"], seed: 1).select(from: pool)) { error in
            XCTAssertEqual(error as? ScenarioSelection.Problem, .unknownFilters(["4", "fundng"]))
        }
        XCTAssertThrowsError(try ScenarioSelection(count: 0, seed: 1).select(from: pool)) { error in
            XCTAssertEqual(error as? ScenarioSelection.Problem, .countNotPositive(0))
        }
        XCTAssertEqual(try ScenarioSelection(filters: ["1"], count: 50, seed: 1).select(from: pool).count, 3)
    }
}
