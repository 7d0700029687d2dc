import XCTest
@testable import JCTACore

/// What a clinician reads around the class: a case is cited in one role only, facts to confirm are not
/// said twice, grounds are titled by what the result is, the usual-care observational result says why its
/// case applies, and the editions comparison does not present a difference of cited provisions as a turn
/// of the route.
final class ResultReadingTests: XCTestCase {
    /// Every route of `q` with at most one 「わからない」 (classifying resolves each by trying every answer).
    func forEachResult(_ q: Questionnaire, _ visit: ([String: String], ClassificationResult) throws -> Void) throws {
        let classifier = Classifier(q)
        func walk(_ id: String, _ answers: [String: String], _ unsure: Int) throws {
            for choice in q.node(id)!.choices {
                let unsureCount = unsure + (choice.unsure ? 1 : 0)
                guard unsureCount <= 1 else { continue }
                var next = answers
                next[id] = choice.id
                switch choice.destination! {
                case .node(let reference): try walk(reference.id, next, unsureCount)
                case .outcome: try visit(next, try classifier.classify(next).get())
                }
            }
        }
        try walk(q.root, [:], 0)
    }

    /// Character pairs of a sentence without punctuation: two wordings of one request share nearly all.
    func bigrams(_ text: String) -> Set<String> {
        let letters = Array(text.filter { !"、。，．,.()（）「」 ".contains($0) })
        return Set(zip(letters, letters.dropFirst()).map { String([$0, $1]) })
    }

    func testNoCaseIsCitedAsAGroundAndAsAContrastOrNoteInOneResult() throws {
        for edition in ["2019", "2025"] {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            try forEachResult(q) { answers, result in
                let grounds = Set(result.citations.filter { $0.role == .ground }.map(\.id))
                let others = Set(result.citations.filter { $0.role != .ground }.map(\.id))
                XCTAssertTrue(grounds.isDisjoint(with: others), "\(edition) \(answers) -> \(result.outcome): \(grounds.intersection(others))")
            }
        }
    }

    func testFactsToConfirmAreNotSaidTwiceInOtherWords() throws {
        for edition in ["2019", "2025"] {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            try forEachResult(q) { answers, result in
                let items = result.toConfirm.map { bigrams($0.ja) }
                for i in items.indices { for j in items.indices where j > i {
                    let shared = Double(items[i].intersection(items[j]).count) / Double(max(min(items[i].count, items[j].count), 1))
                    XCTAssertLessThan(shared, 0.8, "\(edition) \(answers) -> \(result.outcome): \(result.toConfirm[i].ja) / \(result.toConfirm[j].ja)")
                } }
            }
        }
    }

    func testGroundsAreTitledAsGroundsOnlyOnASpecifiedResult() throws {
        let q = try XCTUnwrap(EditionCatalog.entry(id: "2025")).load()
        try forEachResult(q) { answers, result in
            guard !result.grounds.isEmpty else { return }
            for lang in [Language.ja, .en] {
                let titles = ResultSections(ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-04-01")!, language: lang))
                    .sections.map(\.title)
                let settled = titles.contains(lang == .ja ? "特定臨床研究にあたる根拠" : "Grounds for specified clinical research")
                XCTAssertEqual(settled, result.classification == .specified, "\(answers) -> \(result.outcome) \(titles)")
            }
        }
    }

    /// A heart-failure registry: care-based use, research blood draws answered not burdensome (observational),
    /// then answered burdensome with no funds and all on-label (consult).
    func testTheRegistryCitesTheObservationalCaseOnceAndSaysWhyItApplies() throws {
        let q = try XCTUnwrap(EditionCatalog.entry(id: "2025")).load()
        var answers = ["exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
                       "intervention": "care", "burden": "no"]
        let observational = try Classifier(q).classify(answers).get()
        XCTAssertEqual(observational.outcome, "out_observational")
        let ground = try XCTUnwrap(observational.citations.first { $0.id == "3-15" })
        XCTAssertEqual(ground.role, .ground)
        XCTAssertTrue(ground.text.ja.contains("通常の診療"), ground.text.ja)
        XCTAssertTrue(ground.text.en.contains("routine care"), ground.text.en)
        answers["burden"] = "yes"
        answers["funding"] = "no"
        answers["approval"] = "in_label"
        let consult = try Classifier(q).classify(answers).get()
        XCTAssertEqual(consult.citations.filter { $0.id == "3-15" }.map(\.role), [.contrast])
    }

    /// A 12-site trial of two approved drugs with maker funds: specified in both editions, which cite
    /// different provisions only.
    func testEditionsWithTheSameClassDifferOnlyInTheirProvisions() throws {
        let answers = ["exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
                       "intervention": "protocol", "medical_act": "administered", "funding": "maker_funds", "approval": "in_label"]
        let comparison = EditionComparison(answers: answers, editions: EditionCatalog.loaded, studyDate: nil,
                                           screenedOn: CivilDate(iso: "2026-04-01")!)
        for lang in [Language.ja, .en] {
            let sections = ComparisonSections.body(comparison, language: lang)
            let difference = try XCTUnwrap(sections.first { $0.title.hasPrefix(lang == .ja ? "違い" : "Differences") })
            let text = difference.items.joined(separator: "\n")
            XCTAssertTrue(text.contains(lang == .ja ? "違うのは挙げる条文だけ" : "only the provisions they cite differ"), text)
            XCTAssertTrue(text.contains("2025"), text)
            XCTAssertFalse(text.contains(lang == .ja ? "先が異なり" : "different turn"), text)
            XCTAssertFalse(text.contains("第2条第2項第2号"), text)
        }
    }

    /// The path of answers is a list in Markdown, each step named by its question's number (not a second count
    /// beside it), its arrow unescaped; the edition in force reads as in force from its date.
    func testMarkdownNumbersThePathAndTheEditionInForceReadsAsSuch() throws {
        let q = try XCTUnwrap(EditionCatalog.entry(id: "2025")).load()
        let result = try Classifier(q).classify(["exclusion": "none", "product": "none"]).get()
        let markdown = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-04-01")!, language: .ja).rendered(as: .markdown)
        XCTAssertTrue(markdown.contains("\n- 問1 "), markdown)
        XCTAssertTrue(markdown.contains("\n- 問2 "), markdown)
        XCTAssertFalse(markdown.contains("- 1."), markdown)
        XCTAssertFalse(markdown.contains("-\\>"), markdown)
        XCTAssertTrue(markdown.contains("(2025-05-31 施行)"), markdown)
        XCTAssertEqual(EditionPeriodWords.text("2018-04-01 - 2025-05-30", .en), "2018-04-01 - 2025-05-30")
        XCTAssertEqual(EditionPeriodWords.text("2025-05-31 - ", .en), "in force from 2025-05-31")
    }

    /// A survey (no product): the guidelines may apply, and the institution's ethics committee decides.
    func testASurveyIsToldTheGuidelinesMayApplyAndWhoDecides() throws {
        for edition in ["2019", "2025"] {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            let result = try Classifier(q).classify(["exclusion": "none", "product": "none"]).get()
            XCTAssertEqual(result.outcome, "out_no_product")
            let ethics = try XCTUnwrap(result.obligations.first { $0.ja.contains("倫理指針") })
            XCTAssertTrue(ethics.ja.contains("対象になる場合があります") && ethics.ja.contains("倫理審査委員会"), ethics.ja)
            XCTAssertTrue(ethics.en.contains("may fall under the Ethical Guidelines for Life Science and Medical Research"), ethics.en)
        }
    }
}
