import Foundation
import XCTest
@testable import JCTACore

/// `jcta compare` and the transitional case: every edition classified as the classifier does, and each
/// difference traced to the question and rule that make it.
final class EditionComparisonTests: XCTestCase {
    static let offLabel = ["exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
                           "intervention": "protocol", "medical_act": "administered", "funding": "no", "approval": "off_label"]
    let editions = EditionCatalog.loaded
    let day = CivilDate(iso: "2026-01-10")!

    func testEachEditionIsClassifiedAsTheClassifierDoesAndTheDifferenceNamesItsRule() throws {
        var answers = Self.offLabel
        answers["low_risk"] = "yes"
        let comparison = EditionComparison(answers: answers, editions: editions, studyDate: nil, screenedOn: day)
        XCTAssertEqual(comparison.columns.map(\.edition), editions.map(\.edition))
        for (column, q) in zip(comparison.columns, editions) {
            let others = Set(editions.flatMap { $0.nodes.map(\.id) }).subtracting(q.nodes.map(\.id))
            XCTAssertEqual(column.result, try Classifier(q).classify(answers, otherEditionNodes: others).get())
        }
        XCTAssertNotEqual(comparison.columns[0].result?.classification, comparison.columns[1].result?.classification)
        let difference = try XCTUnwrap(comparison.differences.first)
        let newer = editions[1]
        let only = difference.causes.filter { $0.kind == .askedOnlyHere }
        XCTAssertEqual(only.map(\.node), ["low_risk"])
        XCTAssertEqual(only[0].edition, newer.edition)
        XCTAssertEqual(only[0].articles.map(\.id), newer.node("low_risk")!.articles.map(\.id))
        XCTAssertTrue(difference.causes.contains { $0.kind == .leadsElsewhere && $0.node == "approval" },
                      "the off-label answer leads to a new question in 2025")
        XCTAssertNil(comparison.transition)
    }

    func testAQuestionOnlyOneEditionAsksIsNamedAsNeedingAnAnswer() {
        let comparison = EditionComparison(answers: Self.offLabel, editions: editions, studyDate: nil, screenedOn: day)
        XCTAssertNotNil(comparison.columns[0].result)
        guard case .needsAnswer(let node, _, let choices, let onlyHere) = comparison.columns[1].verdict else {
            return XCTFail("2025 asks about low risk")
        }
        XCTAssertEqual(node, "low_risk")
        XCTAssertTrue(onlyHere)
        XCTAssertEqual(choices, editions[1].node("low_risk")!.choices.map(\.id))
        XCTAssertFalse(comparison.nothingClassified)
        XCTAssertTrue(comparison.differences.isEmpty, "a difference needs two classes")
        let text = ComparisonExport.text(ComparisonSections(comparison, screenedOn: day, studyDate: nil, studyTitle: nil, language: .en))
        XCTAssertTrue(text.contains("Needs an answer: \(editions[1].node("low_risk")!.question.en)"), text)
        XCTAssertTrue(text.contains("Only this edition asks this question."), text)
        XCTAssertFalse(text.contains("low_risk"), "no ids unless asked for")
        let forFiles = ComparisonExport.text(ComparisonSections(comparison, screenedOn: day, studyDate: nil, studyTitle: nil,
                                                                language: .en, answerIDs: true))
        XCTAssertTrue(forFiles.contains("(in an answers file: low_risk: " + choices.joined(separator: " | ") + ")"), forFiles)
    }

    func testNothingClassifiedWhenEveryEditionNeedsAnAnswer() {
        let comparison = EditionComparison(answers: ["exclusion": "none"], editions: editions, studyDate: nil, screenedOn: day)
        XCTAssertTrue(comparison.nothingClassified)
        for column in comparison.columns {
            guard case .needsAnswer(_, _, _, let onlyHere) = column.verdict else { return XCTFail(column.edition) }
            XCTAssertFalse(onlyHere, "both editions ask the next question")
        }
    }

    func testTheSameClassOnTheSameGroundsIsSaidOnce() {
        let root = editions[0].node(editions[0].root)!
        let direct = root.choices.first { if case .outcome = $0.destination { true } else { false } }!
        let comparison = EditionComparison(answers: [root.id: direct.id], editions: editions, studyDate: nil, screenedOn: day)
        XCTAssertTrue(comparison.differences.isEmpty)
        let sections = ComparisonSections.body(comparison, language: .ja)
        XCTAssertEqual(sections.last?.items, ["どの版でも分類と根拠条文は同じです。"])
    }

    func testTheTransitionIsTheStudyDateUnderAnEarlierEditionThanTheScreeningDate() throws {
        let periods = editions.map { EditionTransition.Period(edition: $0.edition, from: $0.effectiveFrom, until: $0.effectiveUntil) }
        let change = editions[1].effectiveFrom
        let before = try XCTUnwrap(CivilDate(iso: "2025-05-30"))
        let transition = try XCTUnwrap(EditionTransition(studyDate: before, screenedOn: change, periods: periods))
        XCTAssertEqual([transition.studyEdition, transition.screeningEdition], editions.map(\.edition))
        XCTAssertEqual(transition.changeDate, change)
        XCTAssertTrue(transition.caveat.ja.contains("附則") && transition.caveat.en.contains("附則"))
        XCTAssertTrue(transition.caveat.en.contains("has not verified"), "never more certainty than the sources give")
        XCTAssertNil(EditionTransition(studyDate: change, screenedOn: day, periods: periods))
        XCTAssertNil(EditionTransition(studyDate: before, screenedOn: before, periods: periods))
        XCTAssertNil(EditionTransition(studyDate: nil, screenedOn: day, periods: periods))
    }

    func testEveryExportOfATransitionalResultShowsBothEditions() throws {
        var answers = Self.offLabel
        answers["low_risk"] = "yes"
        let result = try Classifier(editions[0]).classify(answers, otherEditionNodes: ["low_risk", "burden"]).get()
        let studyDate = CivilDate(iso: "2025-04-01")
        let document = ResultDocument(result: result, screenedOn: day, studyDate: studyDate, language: .en, answers: answers)
        let comparison = try XCTUnwrap(document.comparison)
        XCTAssertEqual(comparison.columns.compactMap(\.result).count, editions.count, "the unused 2025 answers are used")
        let text = document.rendered(as: .text)
        XCTAssertTrue(text.contains("[Transitional provisions]"), text)
        for edition in editions { XCTAssertTrue(text.contains("[Edition \(edition.edition) (\(edition.effectivePeriod))]"), text) }
        XCTAssertTrue(document.rendered(as: .markdown).contains("## Transitional provisions"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(document.rendered(as: .json).utf8)) as? [String: Any])
        let compared = try XCTUnwrap(json["editions_compared"] as? [String: Any])
        XCTAssertEqual((compared["editions"] as? [[String: Any]])?.count, editions.count)
        XCTAssertTrue(CSVExport.render([.result(file: "a.json", document)], language: .en).contains("附則"))

        let current = ResultDocument(result: result, screenedOn: day, studyDate: day, language: .en, answers: answers)
        XCTAssertNil(current.comparison)
        XCTAssertFalse(current.rendered(as: .text).contains("Transitional"))
        XCTAssertTrue(current.rendered(as: .json).contains("\"editions_compared\" : null"))
    }
}
