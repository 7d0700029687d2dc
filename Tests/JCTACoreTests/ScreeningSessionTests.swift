import XCTest
@testable import JCTACore

final class ScreeningSessionTests: XCTestCase {
    func testAnswerBackReopenAndRestart() throws {
        var session = ScreeningSession(try Fixtures.minimal())
        XCTAssertEqual(session.state, .question("uses_product"))
        try session.answer(index: 0)
        XCTAssertEqual(session.currentNode?.id, "funding")
        try session.answer(choice: "maker_funds")
        XCTAssertEqual(session.result?.classification, .specified)

        session.back()
        XCTAssertEqual(session.currentNode?.id, "funding")
        XCTAssertEqual(session.suggestedChoiceIndex, 0, "the earlier answer is highlighted")
        try session.answer(choice: "no")
        XCTAssertEqual(session.result?.classification, .clinical)

        session.reopen(step: 0)
        XCTAssertEqual(session.currentNode?.id, "uses_product")
        XCTAssertEqual(session.steps, [])
        try session.answer(choice: "no")
        XCTAssertEqual(session.result?.classification, .outOfScope)
        XCTAssertEqual(session.answers, ["uses_product": "no"])

        session.restart()
        XCTAssertEqual(session.state, .question("uses_product"))
        XCTAssertEqual(session.suggestedChoiceIndex, 1, "restart keeps suggestions")
        session.restart(forget: true)
        XCTAssertEqual(session.suggestedChoiceIndex, 0, "a kiosk's restart forgets")
    }

    func testSessionResultEqualsBatchClassification() throws {
        let q = try Fixtures.minimal()
        var session = ScreeningSession(q)
        try session.answer(choice: "unsure")
        try session.answer(choice: "no")
        XCTAssertEqual(session.result, try Classifier(q).classify(["uses_product": "unsure", "funding": "no"]).get())
    }

    func testInvalidAnswersAreRefused() throws {
        var session = ScreeningSession(try Fixtures.minimal())
        XCTAssertThrowsError(try session.answer(index: 7))
        XCTAssertThrowsError(try session.answer(choice: "perhaps"))
        try session.answer(choice: "no")
        XCTAssertThrowsError(try session.answer(index: 0)) { XCTAssertEqual($0 as? ScreeningSession.AnswerError, .notOnAQuestion) }
    }
}
