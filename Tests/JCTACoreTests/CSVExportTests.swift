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
}
