import Foundation
import XCTest
@testable import JCTACore

/// `jcta validate` recognises each rules file by its top-level keys and checks it as that kind.
final class RulesFileValidationTests: XCTestCase {
    static let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()

    func testKindsAreToldApartByTopLevelKeys() throws {
        XCTAssertEqual(try RulesFileKind.detect("format: 1\nedition: \"x\"\nnodes: []\n", file: "a").get(), .questionnaire)
        XCTAssertEqual(try RulesFileKind.detect("# scenarios\nformat: 1\nscenarios:\n  - id: a\n", file: "b").get(), .trainingScenarios)
        XCTAssertNil(try RulesFileKind.detect("# only a comment\n", file: "c").get())
        XCTAssertNil(try RulesFileKind.detect("- a list\n", file: "c").get())
        XCTAssertEqual(try RulesFileKind.detect("{\"format\": 1, \"scenarios\": []}", file: "d").get(), .trainingScenarios)
        guard case .failure(let answers) = RulesFileKind.detect("{\n  \"answers\": {\"exclusion\": \"none\"}}\n", file: "a.json") else {
            return XCTFail("an answers file is no rules file")
        }
        XCTAssertEqual(answers.code, .unknownFileKind)
        XCTAssertEqual(answers.location.line, 2)
    }

    func testAFileOfNeitherKindIsOneErrorNamingTheExpectedKeys() {
        guard case .failure(let diagnostic) = RulesFileKind.detect("# notes\nanswers:\n  exclusion: none\n", file: "notes.yaml") else {
            return XCTFail("a file with only `answers:` is of no kind")
        }
        XCTAssertEqual(diagnostic.code, .unknownFileKind)
        XCTAssertEqual(diagnostic.location, SourceLocation(file: "notes.yaml", line: 2, column: 1))
        XCTAssertTrue(diagnostic.description.contains("neither a questionnaire edition nor a training scenario file"), diagnostic.description)
        XCTAssertTrue(diagnostic.fix.contains("`edition:`") && diagnostic.fix.contains("`nodes:`") && diagnostic.fix.contains("`scenarios:`"), diagnostic.fix)
        XCTAssertFalse(diagnostic.fix.contains("`format:`"), "format is shared by both kinds, so it tells nothing")

        guard case .failure(let mixed) = RulesFileKind.detect("edition: \"1\"\nscenarios: []\n", file: "m.yaml") else {
            return XCTFail("a file with both kinds' keys is refused")
        }
        XCTAssertTrue(mixed.message.contains("mixes"), mixed.message)
    }

    func testBrokenFilesKeepTheLoadersOwnDiagnostics() throws {
        // The checked-in corpus of broken questionnaires: each keeps the code it is documented with.
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Fixtures.path("invalid/expectations.json")))
        let expectations = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        for (name, expected) in expectations {
            let reports = RulesFileValidation.validate([.file(Fixtures.path("invalid/\(name)"))])
            let codes = reports.first?.diagnostics.map(\.code.rawValue) ?? []
            XCTAssertTrue(codes.contains(expected["code"] as? String ?? "?"), "\(name): \(codes)")
            XCTAssertFalse(codes.contains(DiagnosticCode.unknownFileKind.rawValue), name)
        }
    }

    func testEveryEmbeddedFileIsValidAndTheScenariosAreCheckedAgainstEachEdition() {
        let reports = RulesFileValidation.validate(RulesFileValidation.Source.embedded)
        XCTAssertEqual(reports.count, EditionCatalog.entries.count + 1)
        for report in reports { XCTAssertEqual(report.diagnostics, [], report.name) }
        let scenarios = reports.first { $0.kind == .trainingScenarios }
        let editions = EditionCatalog.entries.map(\.id).joined(separator: ", ")
        XCTAssertTrue(scenarios?.summary?.hasSuffix("checked against editions \(editions)") == true, scenarios?.summary ?? "none")
    }

    func testAScenarioFileIsCheckedAgainstTheEditionsGivenWithIt() throws {
        // A scenario answering a question only the 2025 edition asks is fine with 2025 and wrong with 2019 alone.
        let text = """
        format: 1
        scenarios:
          - id: only_one
            tags: [funding]
            description: {ja: "説明", en: "description"}
            answers: {exclusion: none, nonexistent_question: yes}
            teaching_point: {ja: "要点", en: "point"}
            title: {ja: "題", en: "title"}
        """
        let edition2019 = try XCTUnwrap(EditionCatalog.entry(id: "2019"))
        let reports = RulesFileValidation.validate([
            .init(name: "2019.yaml", text: .success(try XCTUnwrap(EditionCatalog.embeddedFile(named: edition2019.fileName)))),
            .init(name: "s.yaml", text: .success(text)),
        ])
        XCTAssertEqual(reports.map(\.kind), [.questionnaire, .trainingScenarios])
        XCTAssertNotNil(reports[0].summary)
        let problems = reports[1].diagnostics
        XCTAssertTrue(problems.contains { $0.code == .danglingReference && $0.location.line == 6 && $0.message.contains("nonexistent_question") },
                      problems.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(problems.allSatisfy { $0.location.file == "s.yaml" })
        XCTAssertFalse(problems.contains { $0.message.contains("edition 2025") }, "only the edition given is used")
    }

    func testTheShippedTreeValidatesThroughTheBinary() throws {
        let folder = Self.repository.appendingPathComponent("Questionnaires").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertTrue(files.contains(ScenarioLoader.fileName))
        let run = try Fixtures.run(["validate"] + files.map { "\(folder)/\($0)" })
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.out.split(separator: "\n").count, files.count, run.out)
        XCTAssertTrue(run.out.contains("valid training scenario file"), run.out)

        let notes = NSTemporaryDirectory() + "jcta-notes-\(getpid()).yaml"
        try "study: notes\nanswers: {}\n".write(toFile: notes, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: notes) }
        let unknown = try Fixtures.run(["validate", notes])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.err.split(separator: "\n").count, 1, unknown.err)
        XCTAssertTrue(unknown.err.hasPrefix("\(notes):1:1: error JCTA016: "), unknown.err)
    }
}
