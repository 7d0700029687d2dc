import XCTest
@testable import JCTACore

final class TrainingSessionTests: XCTestCase {
    private func session(filters: [String], count: Int? = nil, seed: UInt64 = 1) throws -> TrainingSession {
        try TrainingSession(pool: try TrainingTestSupport.pool("2025"),
                            selection: ScenarioSelection(filters: filters, count: count, seed: seed), trainee: "  Sato  ")
    }

    func testARoundGoesPickSkipFeedbackNextUntilFinished() throws {
        var round = try session(filters: ["2"], count: 2)
        XCTAssertEqual(round.trainee, "Sato")
        XCTAssertEqual(round.phase, .choosing)
        try round.choose(.clinical)
        XCTAssertEqual(round.phase, .offeringWalk)
        try round.skipWalk()
        XCTAssertEqual(round.phase, .feedback)
        let feedback = try XCTUnwrap(round.feedback)
        XCTAssertTrue(feedback.isCorrect)
        XCTAssertNil(feedback.wrongChoice)
        XCTAssertNil(feedback.walk)
        try round.next()
        try round.choose(.specified)
        try round.skipWalk()
        XCTAssertEqual(round.feedback?.isCorrect, false)
        try round.next()
        XCTAssertEqual(round.phase, .finished)
        XCTAssertNil(round.current)
        XCTAssertEqual(round.records.map(\.picked), [.clinical, .specified])
        XCTAssertEqual(round.records.map(\.expected), [.clinical, .clinical])
        XCTAssertEqual(round.score.correct, 1)
        XCTAssertEqual(round.score.total, 2)
    }

    func testActionsOutOfTurnAreRefusedWithoutChangingState() throws {
        var round = try session(filters: ["1"], count: 1)
        XCTAssertThrowsError(try round.next()) { XCTAssertEqual($0 as? TrainingSession.OutOfTurn, .init(phase: .choosing)) }
        XCTAssertThrowsError(try round.startWalk())
        XCTAssertThrowsError(try round.answerWalk(index: 0))
        try round.choose(.specified)
        XCTAssertThrowsError(try round.choose(.clinical))
        XCTAssertEqual(round.picked, .specified)
        XCTAssertTrue(round.records.isEmpty)
    }

    func testWalkingTheTreeComparesTheTraineesPathWithTheScenarios() throws {
        // case_1_1 and funding_holding_company share their facts: every answer is the first choice but funding.
        var round = try session(filters: ["group_company"], count: 1)
        try round.choose(.clinical)
        try round.startWalk()
        XCTAssertEqual(round.walk?.currentNode?.id, "exclusion")
        for _ in 0..<6 { try round.answerWalk(index: 0) }
        try round.walkBack()
        try round.answerWalk(index: 0)
        XCTAssertEqual(round.walk?.currentNode?.id, "funding")
        try round.answerWalk(index: 1)  // "no": not the scenario's fact
        XCTAssertEqual(round.walk?.currentNode?.id, "approval")
        try round.answerWalk(index: 0)  // in label
        XCTAssertEqual(round.phase, .feedback)
        let walk = try XCTUnwrap(round.feedback?.walk)
        XCTAssertEqual(walk.walked, .clinical)
        XCTAssertEqual(walk.firstDifference?.node, "funding")
        XCTAssertEqual(round.records.last?.walked, .clinical)
        XCTAssertEqual(round.records.last?.expected, .specified)
    }

    func testAMatchingWalkHasNoDifference() throws {
        var round = try session(filters: ["group_company"], count: 1)
        try round.choose(.specified)
        try round.startWalk()
        for _ in 0..<8 { try round.answerWalk(index: 0) }
        XCTAssertEqual(round.feedback?.walk?.walked, .specified)
        XCTAssertNil(round.feedback?.walk?.firstDifference)
        XCTAssertEqual(round.feedback?.isCorrect, true)
    }

    func testFeedbackCarriesPathCasesArticlesAndTheTeachingPoint() throws {
        let item = try TrainingTestSupport.item("case_3_10", edition: "2025")
        let feedback = TrainingFeedback(item: item, picked: .clinical, walk: nil, questionnaire: try TrainingTestSupport.edition("2025"))
        XCTAssertEqual(feedback.retoldCase?.id, "3-10")
        XCTAssertEqual(feedback.key.path.last?.node, "medical_act")
        let sections = feedback.sections(.en)
        let all = sections.flatMap(\.items).joined(separator: "\n")
        XCTAssertTrue(all.contains("(3-10)"))
        XCTAssertTrue(all.contains(item.scenario.teachingPoint.en))
        XCTAssertTrue(sections.contains { $0.items.contains { $0.hasPrefix("*") && $0.contains(feedback.key.path.last!.question.en) } },
                      "the decisive answer is marked in the path")
    }
}
