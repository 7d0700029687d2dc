import XCTest
@testable import JCTACore

final class AnswersFileTests: XCTestCase {
    func testParsesAllKeys() throws {
        let file = try AnswersFile.parse(#"{"edition": "2025", "study_date": "2026-01-10", "title": "試験\u00e9", "answers": {"a": "b"}}"#, file: "f.json")
        XCTAssertEqual(file, AnswersFile(edition: "2025", studyDate: CivilDate(iso: "2026-01-10"), title: "試験é", answers: ["a": "b"]))
    }

    func testErrorsNameLineAndColumn() {
        let cases: [(String, DiagnosticCode, Int, Int, String)] = [
            ("{\n  \"answers\": {\"a\": 1}\n}", .wrongType, 2, 20, "must be text"),
            ("{\"answers\": {}, \"colour\": \"x\"}", .unknownKey, 1, 17, "unknown key 'colour'"),
            ("{\"answers\": {\"a\": \"b\", \"a\": \"c\"}}", .duplicateKey, 1, 24, "answered twice"),
            ("{\"edition\": \"2025\"}", .missingKey, 1, 1, "no \"answers\""),
            ("{\"answers\": {\"a\": \"b\"}", .yamlSyntax, 1, 23, "not closed"),
            ("[1, 2]", .wrongType, 1, 1, "must be a JSON object"),
            ("{\"answers\": {}, \"study_date\": \"tomorrow\"}", .badValue, 1, 31, "not a date"),
            (String(repeating: "[", count: 200), .yamlSyntax, 1, 65, "nested more than"),
        ]
        for (text, code, line, column, contains) in cases {
            XCTAssertThrowsError(try AnswersFile.parse(text, file: "f.json")) { error in
                let diagnostic = error as! Diagnostic
                XCTAssertEqual(diagnostic.code, code, text)
                XCTAssertEqual(diagnostic.location.line, line, text)
                XCTAssertEqual(diagnostic.location.column, column, text)
                XCTAssertTrue(diagnostic.message.contains(contains), "\(text): \(diagnostic.message)")
            }
        }
    }

    func testSurrogatePairsDecode() throws {
        let file = try AnswersFile.parse(#"{"title": "\ud83d\ude00", "answers": {}}"#, file: "f.json")
        XCTAssertEqual(file.title, "😀")
    }
}
