import XCTest
@testable import JCTACore

/// Citing a case as a ground, for its note or as a contrast: loading, validation and what a result shows.
final class CaseCitationTests: XCTestCase {
    /// The minimal fixture with its text edited, so each test states only the change it is about.
    private func minimal(_ edits: [(String, String)]) throws -> String {
        var text = Fixtures.text("valid/minimal.yaml")
        for (old, new) in edits {
            XCTAssertTrue(text.contains(old), "fixture lacks: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    private func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            return QuestionnaireValidator.validate(try QuestionnaireLoader.load(text: text, file: "t.yaml"))
        } catch {
            return error.diagnostics
        }
    }

    private let noteCitation = """
            cases:
              - id: "1-1"
                as: note
                point: {ja: 契約の指導, en: The parent company sees to the contract}
    """

    func testRolesAreReadFromTheRules() throws {
        let text = try minimal([("        cases: [\"1-1\"]\n        caveat:", noteCitation + "\n        caveat:")])
        let q = try QuestionnaireLoader.load(text: text, file: "t.yaml")
        let citation = try XCTUnwrap(q.node("funding")?.choice("maker_funds")?.cases.first)
        XCTAssertEqual(citation.id, "1-1")
        XCTAssertEqual(citation.role, .note)
        XCTAssertEqual(citation.point?.en, "The parent company sees to the contract")
        XCTAssertEqual(q.node("uses_product")?.choice("no")?.cases.first?.role, .ground)
        XCTAssertEqual(QuestionnaireValidator.validate(q), [])
    }

    func testANoteWithoutItsPointAndAnUnknownRoleAreRefused() throws {
        let missingPoint = try minimal([("        cases: [\"1-1\"]\n        caveat:",
                                         "        cases:\n          - {id: \"1-1\", as: note}\n        caveat:")])
        XCTAssertEqual(diagnostics(missingPoint).map(\.code), [.missingKey])
        let badRole = try minimal([("        cases: [\"1-1\"]\n        caveat:",
                                    "        cases:\n          - {id: \"1-1\", as: ground}\n        caveat:")])
        XCTAssertEqual(diagnostics(badRole).map(\.code), [.badValue])
    }

    func testAGroundMustPointToTheResultsItStandsUnder() throws {
        // 1-1 is a specified case: as a ground of the out-of-scope answer it can only mislead.
        let wrongGround = try minimal([("        outcome: out_not_product\n        cases: [\"3-1\"]",
                                        "        outcome: out_not_product\n        cases: [\"3-1\", \"1-1\"]")])
        let found = diagnostics(wrongGround)
        XCTAssertEqual(found.map(\.code), [.citationMismatch])
        XCTAssertTrue(found[0].message.contains("1-1"), found[0].message)
        // The same case cited by an outcome of another class.
        let outcomeGround = try minimal([("    explanation: {ja: 特定以外, en: Not specified}",
                                          "    explanation: {ja: 特定以外, en: Not specified}\n    cases: [\"1-1\"]")])
        XCTAssertEqual(diagnostics(outcomeGround).map(\.code), [.citationMismatch])
        // Written as a contrast, the same citation is valid.
        let contrast = try minimal([("    explanation: {ja: 特定以外, en: Not specified}",
                                     "    explanation: {ja: 特定以外, en: Not specified}\n    cases:\n      - {id: \"1-1\", as: contrast}")])
        XCTAssertEqual(diagnostics(contrast), [])
    }

    func testAnOutOfScopeGroundMustFitTheReason() throws {
        let otherReason = try minimal([("    text: 体温の計測のみを行う研究\n", "    text: 体温の計測のみを行う研究\n    reasons: [not_medical_act]\n")])
        let found = diagnostics(otherReason)
        XCTAssertEqual(found.map(\.code), [.citationMismatch])
        let sameReason = try minimal([("    text: 体温の計測のみを行う研究\n", "    text: 体温の計測のみを行う研究\n    reasons: [not_a_product]\n")])
        XCTAssertEqual(diagnostics(sameReason), [])
        let reasonsOnAnotherList = try minimal([("    note: 契約と公表に留意\n", "    note: 契約と公表に留意\n    reasons: [not_a_product]\n")])
        XCTAssertEqual(diagnostics(reasonsOnAnotherList).map(\.code), [.badValue])
    }

    func testANoteCitationNeedsACaseWithANote() throws {
        let text = try minimal([("        outcome: out_not_product\n        cases: [\"3-1\"]",
                                 "        outcome: out_not_product\n        cases:\n          - {id: \"3-1\", as: note, point: {ja: 点, en: Point}}")])
        XCTAssertEqual(diagnostics(text).map(\.code), [.citationMismatch])
    }

    func testAResultShowsEachRoleUnderItsOwnHeadingWithTheContrastsClass() throws {
        let text = try minimal([
            ("        cases: [\"1-1\"]\n        caveat:", noteCitation + "\n        caveat:"),
            ("    explanation: {ja: 企業資金, en: Maker funds}",
             "    explanation: {ja: 企業資金, en: Maker funds}\n    cases:\n      - {id: \"3-1\", as: contrast, point: {ja: 測るだけなら対象外, en: Measuring only is out of scope}}"),
        ])
        let result = try Classifier(try QuestionnaireLoader.load(text: text, file: "t.yaml"))
            .classify(["uses_product": "yes", "funding": "maker_funds"]).get()
        XCTAssertEqual(result.citations.map(\.role), [.note, .contrast])
        XCTAssertEqual(result.cases, ["1-1", "3-1"])
        let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2025-06-01")!, language: .en)
        let sections = ResultSections(document).sections
        XCTAssertEqual(sections.first { $0.title == "Casebook notes relied on" }?.items,
                       ["(note to case 1-1) The parent company sees to the contract"])
        XCTAssertEqual(sections.first { $0.title == "Cases for contrast (a different conclusion)" }?.items,
                       ["(case 3-1: Outside the Act) Measuring only is out of scope"])
        XCTAssertNil(sections.first { $0.title == "Casebook entries relied on" })
        let ja = ResultSections(ResultDocument(result: result, screenedOn: CivilDate(iso: "2025-06-01")!, language: .ja)).sections
        XCTAssertEqual(ja.first { $0.title == "対比のための事例（結論が異なる）" }?.items, ["（事例3-1：対象外）測るだけなら対象外"])
        // Markdown and text carry the same headings; JSON keeps the ids and roles beside the words.
        XCTAssertTrue(document.rendered(as: .markdown).contains("## Cases for contrast (a different conclusion)"))
        XCTAssertTrue(document.rendered(as: .text).contains("[Casebook notes relied on]"))
        let json = try JSONSerialization.jsonObject(with: Data(document.rendered(as: .json).utf8)) as? [String: Any]
        let cited = try XCTUnwrap(json?["case_citations"] as? [[String: Any]])
        XCTAssertEqual(cited.map { $0["id"] as? String }, ["1-1", "3-1"])
        XCTAssertEqual(cited.map { $0["role"] as? String }, ["note", "contrast"])
        XCTAssertEqual(cited.map { $0["list"] as? String }, ["specified", "out_of_scope"])
        XCTAssertEqual((cited[1]["text"] as? [String: String])?["ja"], "測るだけなら対象外")
    }

    func testAGroundAnAnswerCitesIsShownAsAContrastWhenTheResultGoesElsewhere() throws {
        // 3-1 cited as a ground by the first answer; the unsure walk still ends out of scope or clinical.
        let text = try minimal([("      - id: \"yes\"\n        label: {ja: はい, en: \"Yes\"}\n        next: funding",
                                 "      - id: \"yes\"\n        label: {ja: はい, en: \"Yes\"}\n        next: funding\n        cases: [\"3-1\"]")])
        let q = try QuestionnaireLoader.load(text: text, file: "t.yaml")
        XCTAssertEqual(QuestionnaireValidator.validate(q).map(\.code), [.citationMismatch],
                       "no result after 'yes' is out of scope, so the ground could never stand")
        let result = try Classifier(q).classify(["uses_product": "yes", "funding": "no"]).get()
        XCTAssertEqual(result.citations.map(\.role), [.contrast])
        XCTAssertEqual(result.citations.first?.list, .outOfScope)
    }
}

private extension Error {
    var diagnostics: [Diagnostic] { (self as? DiagnosticList)?.diagnostics ?? [] }
}
