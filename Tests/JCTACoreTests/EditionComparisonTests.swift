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
        for edition in editions {
            XCTAssertTrue(text.contains("[Edition \(edition.edition) (\(EditionPeriodWords.text(edition.effectivePeriod, .en)))]"), text)
        }
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

    /// Each answer the 2025 edition still needs is tried with the classifier: the comparison says what it would
    /// lead to there, with the caveats only that result carries (the CRB confirms the low-risk use).
    func testEachPossibleAnswerIsTriedUnderTheEditionThatNeedsIt() throws {
        let comparison = EditionComparison(answers: Self.offLabel, editions: editions, studyDate: nil, screenedOn: day)
        let column = comparison.columns[1]
        let newer = editions[1]
        let others = Set(editions[0].nodes.map(\.id)).subtracting(newer.nodes.map(\.id))
        let realChoices = newer.node("low_risk")!.choices.filter { !$0.unsure }
        XCTAssertEqual(column.alternatives.map(\.choice), realChoices.map(\.id))
        for alternative in column.alternatives {
            var tried = Self.offLabel
            tried["low_risk"] = alternative.choice
            XCTAssertEqual(alternative.result, try Classifier(newer).classify(tried, otherEditionNodes: others).get())
        }
        let yes = try XCTUnwrap(column.alternatives.first { $0.result?.classification == .clinical })
        XCTAssertEqual(column.alternatives.first { $0.choice != yes.choice }?.result?.classification, .specified)
        let olderCaveats = Set(comparison.columns[0].result!.caveats)
        XCTAssertFalse(yes.caveats.isEmpty)
        XCTAssertTrue(yes.caveats.allSatisfy { !olderCaveats.contains($0) }, "only caveats the other edition lacks")
        let crbCaveat = try XCTUnwrap(yes.caveats.first { $0.ja.contains("CRB") && $0.ja.contains("低リスク") })

        let text = ComparisonExport.text(ComparisonSections(comparison, screenedOn: day, studyDate: nil, studyTitle: nil, language: .ja))
        XCTAssertTrue(text.contains("「\(yes.answer.ja)」と答えると、「臨床研究（特定臨床研究以外）」になります"), text)
        XCTAssertTrue(text.contains("と答えると、「特定臨床研究」になります"), text)
        XCTAssertTrue(text.contains("「\(yes.answer.ja)」の場合の留意事項: \(crbCaveat.ja)"), text)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ComparisonExport.json(comparison, screenedOn: day, studyDate: nil, studyTitle: nil).utf8)) as? [String: Any])
        let answered = try XCTUnwrap(((json["editions"] as? [[String: Any]])?[1])?["if_answered"] as? [[String: Any]])
        XCTAssertEqual(answered.map { $0["classification"] as? String }, column.alternatives.map { $0.result?.classification.rawValue })
    }

    /// A difference is a sentence naming the edition, the question by number and words, the answer, the class
    /// it leads to and the rule; each edition lists the caveats the other lacks; the HTML has the reviewer box.
    func testTheDifferencesReadAsSentences() throws {
        var answers = Self.offLabel
        answers["low_risk"] = "yes"
        let comparison = EditionComparison(answers: answers, editions: editions, studyDate: nil, screenedOn: day)
        XCTAssertNotNil(comparison.columns[1].result?.path.first { $0.node == "low_risk" })
        // The question's own number, as its question screen shows it.
        let number = try XCTUnwrap(editions[1].questionNumber("low_risk"))
        let sections = ComparisonSections(comparison, screenedOn: day, studyDate: nil, studyTitle: nil, language: .ja)
        let differences = try XCTUnwrap(sections.sections.first { $0.title.hasPrefix("違い") })
        let question = editions[1].node("low_risk")!
        let expected = "2025 年版では、問\(number)「\(question.question.ja)」で「\(question.choice("yes")!.label.ja)」と答えると、"
            + "「臨床研究（特定臨床研究以外）」になります（この質問は 2025 年版だけが尋ねます）。根拠: "
        XCTAssertTrue(differences.items.contains { $0.hasPrefix(expected) && $0.hasSuffix("。") }, differences.items.joined(separator: "\n"))
        XCTAssertFalse(differences.items.joined().contains("→"))
        XCTAssertFalse(differences.items.joined().contains("／"))
        let edition2025 = try XCTUnwrap(sections.sections.first { $0.title.hasPrefix("版 2025") })
        XCTAssertTrue(edition2025.items.contains { $0.hasPrefix("留意事項（他の版にはないもの）: ") && $0.contains("CRB") && $0.contains("低リスク") },
                      edition2025.items.joined(separator: "\n"))
        XCTAssertEqual(comparison.columns[1].distinctCaveats.filter { comparison.columns[0].result!.caveats.contains($0) }, [])

        let html = ComparisonExport.html(sections, language: .ja)
        for word in ["確認者", "確認日", "備考", "作成ツール: jcta"] { XCTAssertTrue(html.contains(word), word) }
        let english = ComparisonExport.text(ComparisonSections(comparison, screenedOn: day, studyDate: nil, studyTitle: nil, language: .en))
        XCTAssertTrue(english.contains("Made with: jcta "), english)
        XCTAssertTrue(english.contains("Under the 2025 edition, answering “\(question.choice("yes")!.label.en)” to Q\(number) "), english)
    }
}
