import XCTest
@testable import JCTACore

/// The printable page: self-contained, escaped, with every part the office files.
final class HTMLExportTests: XCTestCase {
    func testThePageHoldsEveryPartAndNothingExternal() throws {
        let q = try XCTUnwrap(EditionCatalog.loaded.last)
        var answers = EditionComparisonTests.offLabel
        answers["low_risk"] = "no"
        let result = try Classifier(q).classify(answers).get()
        let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-01-10")!,
                                      studyTitle: "<script>alert(\"x\")</script> & 研究", language: .ja)
        let html = document.rendered(as: .html)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        for external in ["<script", "src=", "href=", "url(", "@import"] {
            XCTAssertFalse(html.contains(external), external)
        }
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 研究"))
        XCTAssertTrue(html.contains("@page { size: A4"))
        XCTAssertTrue(html.contains("<div class=\"class \(result.classification.rawValue)\">\(result.classification.label.ja)</div>"))
        XCTAssertTrue(html.contains("<td>\(result.edition) \(HTMLPage.escape(result.editionTitle.ja))"))
        for step in result.path {
            XCTAssertTrue(html.contains("<li>問\(step.number) \(HTMLPage.escape(step.question.ja)) → <strong>\(HTMLPage.escape(step.answer.ja))</strong></li>"))
        }
        for article in result.articles { XCTAssertTrue(html.contains(HTMLPage.escape(article.label.ja))) }
        for obligation in result.obligations { XCTAssertTrue(html.contains(HTMLPage.escape(obligation.ja))) }
        for id in result.cases { XCTAssertTrue(html.contains("(\(id))")) }
        XCTAssertTrue(html.contains(HTMLPage.escape(Disclaimer.text.ja)))
        for blank in ["確認者", "確認日", "備考"] { XCTAssertTrue(html.contains("<th>\(blank)</th><td"), blank) }
    }

    func testSeveralResultsAreOnePageWithASheetEach() throws {
        let q = try Fixtures.minimal()
        let day = CivilDate(iso: "2026-01-10")!
        let documents = try [["uses_product": "no"], ["uses_product": "yes", "funding": "no"]].map {
            ResultDocument(result: try Classifier(q).classify($0).get(), screenedOn: day, language: .en)
        }
        let html = HTMLExport.render(documents)
        XCTAssertEqual(html.components(separatedBy: "<!DOCTYPE html>").count, 2, "one document")
        XCTAssertEqual(html.components(separatedBy: "<section class=\"result\">").count, 3)
        XCTAssertTrue(html.contains(".result + .result { break-before: page; }"))
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
    }

    /// An answer off the path is named by its question's number and words and its label, in every export a
    /// person reads; JSON keeps the ids beside the words. The page says which jcta made it, in words.
    func testAnswersOffThePathAreNamedInWords() throws {
        let editions = EditionCatalog.loaded
        var answers = EditionComparisonTests.offLabel
        answers["low_risk"] = "yes"
        let result = try Classifier(editions[0]).classify(answers, otherEditionNodes: ["low_risk"]).get()
        XCTAssertEqual(result.unused, ["low_risk"])
        let newer = editions[1]
        let number = newer.nodes.firstIndex { $0.id == "low_risk" }! + 1
        let question = newer.node("low_risk")!
        let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-01-10")!, language: .ja)
        let words = "問\(number)（2025 年版）「\(question.question.ja)」: 「\(question.choice("yes")!.label.ja)」"
        for format in [ExportFormat.text, .markdown] {
            let rendered = document.rendered(as: format)
            XCTAssertTrue(rendered.contains(format == .markdown ? MarkdownExport.escape(words) : words), rendered)
            XCTAssertFalse(rendered.contains("low_risk"), "\(format)")
        }
        let html = document.rendered(as: .html)
        XCTAssertTrue(html.contains(HTMLPage.escape(words)))
        XCTAssertFalse(html.contains("low_risk"))
        XCTAssertTrue(html.contains("<th>作成ツール</th><td>jcta \(document.toolVersion)</td>"), html)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(document.rendered(as: .json).utf8)) as? [String: Any])
        let unused = try XCTUnwrap(json["unused_answers"] as? [[String: Any]])
        XCTAssertEqual(unused.first?["node"] as? String, "low_risk")
        XCTAssertEqual(unused.first?["choice"] as? String, "yes")
        XCTAssertEqual((unused.first?["words"] as? [String: String])?["ja"], words)
        let english = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-01-10")!, language: .en).rendered(as: .text)
        XCTAssertTrue(english.contains("Q\(number) (2025 edition) “\(question.question.en)”: “\(question.choice("yes")!.label.en)”"), english)
    }
}
