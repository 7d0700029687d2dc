import XCTest
@testable import JCTACore

final class LoaderTests: XCTestCase {
    func testMinimalQuestionnaireLoadsWithLocations() throws {
        let q = try Fixtures.minimal()
        XCTAssertEqual(q.edition, "test")
        XCTAssertEqual(q.root, "uses_product")
        XCTAssertEqual(q.effectiveFrom, CivilDate(year: 2018, month: 4, day: 1))
        XCTAssertEqual(q.nodes.map(\.id), ["uses_product", "funding"])
        XCTAssertEqual(q.node("funding")?.location.line, 49)
        XCTAssertEqual(q.node("uses_product")?.choices.map(\.id), ["yes", "no", "unsure"])
        XCTAssertEqual(q.node("uses_product")?.unsureChoice?.confirm?.en, "Whether a product is used")
        XCTAssertEqual(q.caseEntry("1-1")?.note, "契約と公表に留意")
        XCTAssertNil(q.caseEntry("3-1")?.note)
        XCTAssertEqual(QuestionnaireValidator.validate(q), [])
    }

    func testManyProblemsAreReportedInOneRun() {
        let text = Fixtures.text("valid/minimal.yaml")
            .replacingOccurrences(of: "question: {ja: 企業から資金を受けますか, en: Funded by the maker?}", with: "question: {ja: 企業から資金を受けますか}")
            .replacingOccurrences(of: "    class: clinical\n", with: "    class: clinicl\n")
        XCTAssertThrowsError(try QuestionnaireLoader.load(text: text, file: "two.yaml")) { error in
            let codes = (error as! DiagnosticList).diagnostics.map(\.code)
            XCTAssertEqual(codes, [.missingLanguage, .badValue])
        }
    }

    func testDiagnosticLineNamesFileLineColumnCodeAndFix() {
        let diagnostic = Diagnostic(.danglingReference, at: SourceLocation(file: "a.yaml", line: 3, column: 7), "x refers to y", fix: "use z")
        XCTAssertEqual(diagnostic.description, "a.yaml:3:7: error JCTA021: x refers to y (fix: use z)")
    }

    func testSuggestionsPutTheClosestIdFirst() {
        XCTAssertEqual(QuestionnaireValidator.suggestions(for: "fundng", among: ["product", "funding", "use"]), "funding, use, product")
    }

    func testCivilDateParsingIsStrict() {
        XCTAssertEqual(CivilDate(iso: "2025-05-31")?.description, "2025-05-31")
        XCTAssertNil(CivilDate(iso: "2025-02-29"))
        XCTAssertNotNil(CivilDate(iso: "2024-02-29"))
        XCTAssertNil(CivilDate(iso: "2025-5-31"))
        XCTAssertNil(CivilDate(iso: "２０２５-05-31"))
        XCTAssertTrue(CivilDate(iso: "2025-05-30")! < CivilDate(iso: "2025-05-31")!)
    }
}
