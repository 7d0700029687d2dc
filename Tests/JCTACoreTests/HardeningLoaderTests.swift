import Foundation
import XCTest
@testable import JCTACore

/// Hostile questionnaires and answers files: each gets a diagnostic with its place, none crashes
/// or hangs. The checked-in corpus is Tests/Fixtures/invalid (InvalidCorpusTests); these build their inputs.
final class HardeningLoaderTests: XCTestCase {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            return QuestionnaireValidator.validate(try QuestionnaireLoader.load(text: text, file: "t.yaml"))
        } catch {
            return error.diagnostics
        }
    }

    private var minimal: String { Fixtures.text("valid/minimal.yaml") }

    /// Ten levels of ten aliases as mapping keys: before the loader refused aliases, composing this took
    /// longer than any test run (the composer hashes each key whole).
    func testBillionLaughsIsRefusedBeforeParsing() {
        var lines = ["a0: &a0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ",") + "]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]")
        }
        lines += ["keys:", "  ? *a9", "  : 1", "  ? *a8", "  : 2"]
        let found = diagnostics(lines.joined(separator: "\n"))
        XCTAssertEqual(found.map(\.code), [.anchorOrAlias])
        XCTAssertEqual(found.first?.location.line, 1)
        XCTAssertEqual(found.first?.location.column, 5)
    }

    func testAliasAfterTagOrInFlowIsRefused() {
        for (text, line, column) in [("edition: !!str &e x\ntitle: *e", 1, 16), ("sources: [*s]", 1, 11),
                                     ("root:\n  - *r", 2, 5), ("root: {a: b, c: *d}", 1, 17)] {
            let found = diagnostics(text)
            XCTAssertEqual(found.map(\.code), [.anchorOrAlias], text)
            XCTAssertEqual(found.first.map { [$0.location.line, $0.location.column] }, [line, column], text)
        }
    }

    /// '&' and '*' inside text are text: quoted, in block scalars, in comments and mid-word.
    func testAmpersandsAndStarsInTextAreNotAliases() throws {
        let text = minimal
            .replacingOccurrences(of: "text: 体温の計測のみを行う研究",
                                  with: "text: |\n      *体温の計測のみ* を行う研究\n      &注記 R&D\n    note: \"*重要* & more\"")
            .replacingOccurrences(of: "help: {ja: 承認の有無を問いません, en: Approved or not}",
                                  with: "help: {ja: 承認の有無を問いません, en: 'R&D *or* not'}  # *a comment* &x")
        XCTAssertNotEqual(text, minimal)
        let questionnaire = try QuestionnaireLoader.load(text: text, file: "t.yaml")
        XCTAssertEqual(QuestionnaireValidator.validate(questionnaire), [])
        XCTAssertEqual(questionnaire.caseEntry("3-1")?.text, "*体温の計測のみ* を行う研究\n&注記 R&D")
        XCTAssertEqual(questionnaire.node("uses_product")?.help.en, "R&D *or* not")
    }

    /// A 4 MB line: loads in one piece, and an error at its end names the right column.
    func testVeryLongLineKeepsItsColumn() throws {
        let long = String(repeating: "あ", count: 4_000_000 / 3)
        let valid = minimal.replacingOccurrences(of: "title: {ja: テスト版, en: Test edition}",
                                                 with: "title: {ja: \(long), en: Test edition}")
        let loaded = try QuestionnaireLoader.load(text: valid, file: "t.yaml")
        XCTAssertEqual(loaded.title.ja.count, long.count)
        let broken = minimal.replacingOccurrences(of: "title: {ja: テスト版, en: Test edition}",
                                                  with: "title: {ja: \(long), en: Test edition}}")
        let found = diagnostics(broken)
        XCTAssertEqual(found.map(\.code), [.yamlSyntax])
        XCTAssertEqual(found.first?.location.line, 4)
        XCTAssertGreaterThan(found.first?.location.column ?? 0, long.count)
    }

    /// Wrong kinds of value in places the checked-in corpus does not cover.
    func testWrongTypesInMorePlaces() {
        let cases: [(String, String, DiagnosticCode, Int)] = [
            ("effective_from: 2018-04-01", "effective_from: [2018-04-01]", .wrongType, 5),
            ("sources:\n  - {ja: 臨床研究法, en: Clinical Trials Act}", "sources: {ja: 臨床研究法, en: Clinical Trials Act}", .wrongType, 7),
            ("root: uses_product", "root: {id: uses_product}", .wrongType, 9),
            ("    list: specified", "    list: [specified]", .wrongType, 17),
            ("    terms: [drugs_etc]", "    terms: drugs_etc", .wrongType, 35),
            ("        next: funding\n      - id: \"no\"", "        next: [funding]\n      - id: \"no\"", .wrongType, 39),
            ("format: 1", "format: one", .unsupportedFormat, 2),
            ("    class: clinical", "    class: {clinical: true}", .wrongType, 83),
        ]
        for (original, replacement, code, line) in cases {
            let text = minimal.replacingOccurrences(of: original, with: replacement)
            XCTAssertNotEqual(text, minimal, original)
            let found = diagnostics(text)
            XCTAssertTrue(found.contains { $0.code == code && $0.location.line == line }, "\(replacement): \(found)")
        }
    }
}

final class HardeningAnswersTests: XCTestCase {
    private func parse(_ text: String) -> Result<AnswersFile, Diagnostic> {
        do { return .success(try AnswersFile.parse(text, file: "a.json")) } catch { return .failure(error) }
    }

    func testHostileAnswersFilesGetDiagnosticsNotCrashes() {
        let inputs: [(String, DiagnosticCode, Int, Int)] = [
            (String(repeating: "[", count: 200_000), .yamlSyntax, 1, 65),
            (String(repeating: "{\"a\":", count: 100_000), .yamlSyntax, 1, 321),
            ("{\"answers\": {\"q\": \"\\ud800\"}}", .yamlSyntax, 1, 26),
            ("{\"answers\": {\"q\": \"\\uZZZZ\"}}", .yamlSyntax, 1, 22),
            ("{\"answers\": {\"q\": \"a\u{0}b\"}}", .yamlSyntax, 1, 21),
            ("\u{FEFF}{\"answers\": {}}", .yamlSyntax, 1, 1),
            (String(repeating: " \n", count: 1_000_000), .yamlSyntax, 1_000_001, 1),
            ("{\"answers\": {\"q\": 1e999999999}}", .wrongType, 1, 19),
            ("{\"answers\": {\"q\": \"a\", \"q\": \"b\"}}", .duplicateKey, 1, 24),
            ("{\"answers\": {}, \"answers\": {}}", .duplicateKey, 1, 17),
            ("{\"answers\": {}, \"extra\": 1}", .unknownKey, 1, 17),
            ("[]", .wrongType, 1, 1),
            ("", .yamlSyntax, 1, 1),
        ]
        for (text, code, line, column) in inputs {
            guard case .failure(let diagnostic) = parse(text) else {
                XCTFail("accepted: \(text.prefix(40))")
                continue
            }
            XCTAssertEqual(diagnostic.code, code, "\(text.prefix(40)): \(diagnostic)")
            XCTAssertEqual([diagnostic.location.line, diagnostic.location.column], [line, column], "\(text.prefix(40)): \(diagnostic)")
            XCTAssertFalse(diagnostic.fix.isEmpty)
        }
    }

    /// A long string and many answers are accepted whole.
    func testLargeButWellFormedAnswers() throws {
        let long = String(repeating: "試", count: 1_000_000)
        var members = (0..<50_000).map { "\"q\($0)\": \"c\($0)\"" }
        members.append("\"long\": \"\(long)\"")
        guard case .success(let file) = parse("{\"answers\": {\(members.joined(separator: ","))}}") else {
            return XCTFail("not parsed")
        }
        XCTAssertEqual(file.answers.count, 50_001)
        XCTAssertEqual(file.answers["long"], long)
        XCTAssertEqual(file.answers["q49999"], "c49999")
    }
}
