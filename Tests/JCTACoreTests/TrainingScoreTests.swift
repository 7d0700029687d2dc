import XCTest
@testable import JCTACore

final class TrainingScoreTests: XCTestCase {
    private func records(_ picks: [(String, Classification)]) throws -> [TrainingRecord] {
        let pool = try TrainingTestSupport.pool("2025")
        return try picks.map { id, picked in TrainingRecord(item: try XCTUnwrap(pool.item(id: id)), picked: picked) }
    }

    func testTotalsAndTheBreakdownByTag() throws {
        let score = TrainingScore(try records([
            ("case_1_1", .specified),           // 1, funding, group_company: right
            ("case_3_1", .clinical),            // 3, medical_act: wrong
            ("case_3_10", .outOfScope),         // 3, medical_act: right
            ("free_drug_supply_only", .specified),  // funding: wrong
        ]))
        XCTAssertEqual(score.correct, 2)
        XCTAssertEqual(score.total, 4)
        XCTAssertEqual(score.percent, 50)
        XCTAssertEqual(score.byTag.map(\.tag), ["1", "3", "funding", "group_company", "medical_act"],
                       "list numbers first, then topics alphabetically")
        let byTag = Dictionary(uniqueKeysWithValues: score.byTag.map { ($0.tag, ($0.correct, $0.total)) })
        XCTAssertTrue(byTag["3"]! == (1, 2))
        XCTAssertTrue(byTag["funding"]! == (1, 2))
        XCTAssertTrue(byTag["medical_act"]! == (1, 2))
        XCTAssertTrue(byTag["1"]! == (1, 1))
    }

    func testPercentRoundsHalfUpAndAnEmptyRoundIsZero() {
        XCTAssertEqual(TrainingScore([]).percent, 0)
        let one = TrainingRecord(item: TrainingItem(scenario: TrainingScenario(
            id: "x", caseID: nil, tags: [], title: .init(ja: "t", en: "t"), description: .init(ja: "a", en: "a"), answers: [],
            teachingPoint: .init(ja: "a", en: "a"), location: .init(file: "f", line: 1, column: 1)),
            key: try! Classifier(Fixtures.minimal()).classify(["uses_product": "no"]).get()), picked: .outOfScope)
        var miss = one
        miss.picked = .clinical
        XCTAssertEqual(TrainingScore([one, miss, miss]).percent, 33)
        XCTAssertEqual(TrainingScore([one, one, miss]).percent, 67)
        XCTAssertEqual(TrainingScore([one, miss]).percent, 50)
    }

    func testTheSummaryTextShowsTotalAndTallies() throws {
        let score = TrainingScore(try records([("case_2_2", .clinical), ("case_2_3", .outOfScope)]))
        let text = TrainingScoreText.summary(score, language: .en)
        XCTAssertEqual(text, """
            Score: 1/2 (50%)
            By topic:
              Casebook list 2 (clinical): 1/2
              Medical acts: 1/1
              What counts as a product: 0/1

            """)
    }
}
