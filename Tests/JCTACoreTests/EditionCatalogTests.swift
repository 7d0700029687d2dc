import XCTest
@testable import JCTACore

final class EditionCatalogTests: XCTestCase {
    func testEmbeddedEditionsAreValidAndTheirHeaderScanMatchesTheParse() throws {
        XCTAssertEqual(EditionCatalog.entries.map(\.id), ["2019", "2025"])
        for entry in EditionCatalog.entries {
            let q = try entry.load()
            XCTAssertEqual(QuestionnaireValidator.validate(q), [], entry.fileName)
            XCTAssertEqual(q.edition, entry.id)
            XCTAssertEqual(q.effectiveFrom, entry.effectiveFrom)
            XCTAssertEqual(q.effectiveUntil, entry.effectiveUntil)
        }
    }

    func testTheEditionInForceChangesOn20250531() {
        XCTAssertNil(EditionCatalog.entry(inForceOn: CivilDate(iso: "2018-03-31")!))
        XCTAssertEqual(EditionCatalog.entry(inForceOn: CivilDate(iso: "2018-04-01")!)?.id, "2019")
        XCTAssertEqual(EditionCatalog.entry(inForceOn: CivilDate(iso: "2025-05-30")!)?.id, "2019")
        XCTAssertEqual(EditionCatalog.entry(inForceOn: CivilDate(iso: "2025-05-31")!)?.id, "2025")
        XCTAssertEqual(EditionCatalog.entry(inForceOn: CivilDate(iso: "2026-11-25")!)?.id, "2025")
    }

    func testBothEditionsShareTheCasebookAndAskTheAmendmentQuestionsOnlyIn2025() throws {
        let old = try XCTUnwrap(EditionCatalog.entry(id: "2019")).load()
        let new = try XCTUnwrap(EditionCatalog.entry(id: "2025")).load()
        XCTAssertEqual(old.cases.map(\.id), new.cases.map(\.id))
        XCTAssertEqual(old.cases.map(\.text), new.cases.map(\.text))
        XCTAssertEqual(old.cases.map(\.note), new.cases.map(\.note))
        XCTAssertNil(old.node("burden"))
        XCTAssertNotNil(old.node("research_tests"), "2019 asks about research-only tests added to care")
        XCTAssertNil(new.node("research_tests"))
        XCTAssertNil(old.node("low_risk"))
        XCTAssertNotNil(new.node("burden"))
        XCTAssertNotNil(new.node("low_risk"))
    }
}
