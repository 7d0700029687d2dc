import XCTest
@testable import JCTACore

/// The CSV table a spreadsheet opens: BOM, CRLF, RFC 4180 quoting, one row per answers file.
final class CSVExportTests: XCTestCase {
    func testFieldsAreQuotedAndFormulasDisarmed() {
        XCTAssertEqual(CSVExport.quoted("a\"b"), "\"a\"\"b\"")
        XCTAssertEqual(CSVExport.quoted("line 1\nline 2"), "\"line 1\r\nline 2\"")
        XCTAssertEqual(CSVExport.quoted("=SUM(A1)"), "\"'=SUM(A1)\"")
        XCTAssertEqual(CSVExport.quoted("@x"), "\"'@x\"")
        XCTAssertEqual(CSVExport.quoted("2025-06-01"), "\"2025-06-01\"")
    }

    func testATableWithAResultAndAFailure() throws {
        let q = try Fixtures.minimal()
        let result = try Classifier(q).classify(["uses_product": "yes", "funding": "maker_funds"]).get()
        let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-01-10")!, studyTitle: "研究, \"A\"", language: .ja)
        let table = CSVExport.render([.result(file: "a.json", document), .failure(file: "b.json", title: nil, message: "error: no answer")],
                                     language: .ja)
        XCTAssertTrue(table.hasPrefix("\u{FEFF}\"ファイル\","))
        let lines = table.dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 4, "header, two rows, and the empty string after the last CRLF")
        XCTAssertEqual(lines.last, "")
        XCTAssertFalse(table.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        XCTAssertTrue(lines[1].hasPrefix("\"a.json\",\"研究, \"\"A\"\"\",\"\(q.edition)\",\"\",\"2026-01-10\",\"\(result.classification.label.ja)\",\"\(result.classification.rawValue)\""), lines[1])
        XCTAssertEqual(lines[2], "\"b.json\",\"\"" + String(repeating: ",\"\"", count: CSVExport.header(.ja).count - 3) + ",\"error: no answer\"")
        XCTAssertEqual(CSVExport.header(.en).count, CSVExport.header(.ja).count)
    }

    /// Cases keep their word so Excel never reads "3-10" as a date; the editions compared use full class
    /// labels; the class id column's header is in the table's language and says its values stay ids.
    func testCasesStayTextAndClassesAreNamedInFull() throws {
        var answers = EditionComparisonTests.offLabel
        answers["low_risk"] = "yes"
        let editions = EditionCatalog.loaded
        let result = try Classifier(editions[1]).classify(answers).get()
        XCTAssertFalse(result.cases.isEmpty)
        let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2026-01-10")!, studyDate: CivilDate(iso: "2025-04-01"),
                                      language: .ja, answers: answers)
        let fields = CSVExport.fields(.result(file: "a.json", document), language: .ja)
        let header = CSVExport.header(.ja)
        let cases = fields[header.firstIndex(of: "事例")!]
        XCTAssertEqual(cases, result.cases.map { "事例 \($0)" }.joined(separator: "、"))
        let compared = fields[header.firstIndex(of: "版の比較（経過措置）")!]
        XCTAssertTrue(compared.contains("2025 年版: 臨床研究（特定臨床研究以外）"), compared)
        XCTAssertTrue(compared.contains("2019 年版: 特定臨床研究"), compared)
        XCTAssertTrue(header.contains { $0.hasPrefix("分類ID（") && $0.contains("英字") })
        let english = CSVExport.fields(.result(file: "a.json", document), language: .en)
        let englishCases = english[CSVExport.header(.en).firstIndex(of: "cases")!]
        XCTAssertTrue(englishCases.hasPrefix("case "), englishCases)
        XCTAssertTrue(english.contains { $0.contains("2025 edition: Clinical research (not specified)") }, english.joined(separator: "|"))
    }
}
