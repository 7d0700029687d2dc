import XCTest
@testable import JCTACore

/// The scenario file goes through the same pre-parse checks as a questionnaire.
final class ScenarioLoaderSafetyTests: XCTestCase {
    func testAliasesAndControlCharactersAreRefusedBeforeParsing() {
        let cases: [(String, DiagnosticCode)] = [
            ("format: 1\nscenarios: &s []\nmore: *s\n", .anchorOrAlias),
            ("format: 1\nscenarios: [\u{0}]\n", .notText),
            ("format: 1\nscenarios: " + String(repeating: "[", count: 300) + "\n", .tooDeep),
            ("", .emptyFile),
        ]
        for (text, code) in cases {
            XCTAssertThrowsError(try ScenarioLoader.load(text: text, file: "s.yaml")) { error in
                XCTAssertEqual((error as? DiagnosticList)?.diagnostics.first?.code, code, text)
            }
        }
    }
}
