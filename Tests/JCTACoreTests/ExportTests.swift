import Foundation
import XCTest
@testable import JCTACore

final class ExportTests: XCTestCase {
    func document(_ answers: [String: String], language: Language = .ja) throws -> ResultDocument {
        let result = try Classifier(try Fixtures.minimal()).classify(answers).get()
        return ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-11-25")!, studyDate: CivilDate(iso: "2027-01-04"),
                              studyTitle: "  心不全*試験  ", language: language, toolVersion: "9.9")
    }

    func testMarkdownIsStampedAndEscaped() throws {
        let markdown = try document(["uses_product": "yes", "funding": "maker_funds"]).rendered(as: .markdown)
        XCTAssertTrue(markdown.hasPrefix("# 臨床研究法 該当性スクリーニング結果\n"))
        XCTAssertTrue(markdown.contains("**特定臨床研究**: 特定臨床研究"))
        XCTAssertTrue(markdown.contains("- 版: test テスト版 (2018-04-01 - 2025-05-30)"))
        XCTAssertTrue(markdown.contains("- スクリーニング日: 2026-11-25"))
        XCTAssertTrue(markdown.contains("- 研究課題名: 心不全\\*試験"), "title trimmed and escaped")
        XCTAssertTrue(markdown.contains("## 根拠とした事例（事例集）\n\n- (1-1) 海外子会社からの資金"))
        XCTAssertTrue(markdown.contains(Disclaimer.text.ja))
    }

    func testTextInEnglishListsFactsToConfirmFirst() throws {
        let text = try document(["uses_product": "unsure", "funding": "no"], language: .en).rendered(as: .text)
        XCTAssertTrue(text.contains("Consult (not settled by these answers): Consult\n"))
        let confirm = try XCTUnwrap(text.range(of: "[Facts to confirm]\n  * Whether a product is used"))
        let path = try XCTUnwrap(text.range(of: "[Path of answers]"))
        XCTAssertLessThan(confirm.lowerBound, path.lowerBound)
        // Questions are named by number and words (the question itself when it has no short title), never by id.
        XCTAssertTrue(text.contains("Q1 Does the study use a product?: \"No\" -> Outside the Act"), text)
        XCTAssertFalse(text.contains("uses_product"))
    }

    func testJSONHoldsTheStableFields() throws {
        let json = try document(["uses_product": "no"]).rendered(as: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["classification"] as? String, "out_of_scope")
        XCTAssertEqual(object["reason"] as? String, "not_a_product")
        XCTAssertEqual(object["cases"] as? [String], ["3-1"])
        XCTAssertEqual((object["edition"] as? [String: Any])?["id"] as? String, "test")
        XCTAssertEqual(object["screened_on"] as? String, "2026-11-25")
        XCTAssertEqual(object["study_title"] as? String, "心不全*試験")
        let path = try XCTUnwrap(object["path"] as? [[String: Any]])
        XCTAssertEqual(path.first?["node"] as? String, "uses_product")
        XCTAssertEqual((path.first?["question"] as? [String: String])?["ja"], "医薬品等を用いますか")
        XCTAssertEqual(object["to_confirm"] as? [String], [])
    }

    func testJSONKeepsItsKeysWhenValuesAreAbsent() throws {
        let result = try Classifier(try Fixtures.minimal()).classify(["uses_product": "yes", "funding": "no"]).get()
        let json = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-11-25")!).rendered(as: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["reason", "study_date", "study_title"] {
            XCTAssertTrue(object[key] is NSNull, "\(key) is null, not missing")
        }
        XCTAssertEqual(object["classification"] as? String, "clinical")
    }
}
