import Foundation
import XCTest
@testable import JCTACore

/// Every broken questionnaire in Tests/Fixtures/invalid gets its documented code, at its line and column.
final class InvalidCorpusTests: XCTestCase {
    struct Expectation: Decodable {
        var code: String
        var line: Int?
        var column: Int?
        var contains: String
    }

    func testEachBrokenFileReportsItsCodeAndPlace() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Fixtures.path("invalid/expectations.json")))
        let expectations = try JSONDecoder().decode([String: Expectation].self, from: data)
        XCTAssertGreaterThanOrEqual(expectations.count, 20)
        for (name, expected) in expectations.sorted(by: { $0.key < $1.key }) {
            let path = Fixtures.path("invalid/\(name)")
            let diagnostics = diagnosticsFor(path: path)
            guard let found = diagnostics.first(where: { $0.code.rawValue == expected.code }) else {
                XCTFail("\(name): expected \(expected.code), got \(diagnostics.map(\.description))")
                continue
            }
            XCTAssertEqual(found.location.file, path, name)
            if let line = expected.line { XCTAssertEqual(found.location.line, line, "\(name): \(found)") }
            if let column = expected.column { XCTAssertEqual(found.location.column, column, "\(name): \(found)") }
            XCTAssertTrue(found.message.contains(expected.contains), "\(name): \(found.message)")
            XCTAssertFalse(found.fix.isEmpty, name)
        }
    }

    func testEveryCorpusFileHasAnExpectation() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("invalid"))
            .filter { $0 != "expectations.json" }
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Fixtures.path("invalid/expectations.json")))
        let expectations = try JSONDecoder().decode([String: Expectation].self, from: data)
        XCTAssertEqual(Set(names), Set(expectations.keys))
    }

    func testOversizedFileIsRefusedBeforeParsing() throws {
        let path = NSTemporaryDirectory() + "jcta-large-\(getpid()).yaml"
        defer { unlink(path) }
        // 50 MB of valid-looking YAML: refused by size, quickly, without reading it whole into the parser.
        let line = Data("# padding padding padding padding padding padding padding padding padding padding\n".utf8)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        var chunk = Data()
        for _ in 0..<(1 << 14) { chunk.append(line) }
        while (try handle.offset()) < 50_000_000 { handle.write(chunk) }
        try handle.close()
        let diagnostics = diagnosticsFor(path: path)
        XCTAssertEqual(diagnostics.map(\.code), [.tooLarge])
    }

    func testMissingFileIsReported() {
        let diagnostics = diagnosticsFor(path: "/nonexistent/jcta.yaml")
        XCTAssertEqual(diagnostics.map(\.code), [.unreadable])
        XCTAssertTrue(diagnostics[0].message.contains("does not exist"))
    }

    private func diagnosticsFor(path: String) -> [Diagnostic] {
        do {
            return QuestionnaireValidator.validate(try QuestionnaireLoader.load(path: path))
        } catch {
            return error.diagnostics
        }
    }
}
