import XCTest
@testable import JCTACore

final class TrainingBatchGraderTests: XCTestCase {
    private let date = CivilDate(year: 2026, month: 1, day: 10)!

    func testParsesTheFileInOrder() throws {
        let file = try TraineeAnswersFile.parse(#"{"trainee": "Sato", "seed": 7, "edition": "2025", "answers": {"case_3_1": "clinical", "case_1_1": "specified"}}"#, file: "a.json")
        XCTAssertEqual(file.trainee, "Sato")
        XCTAssertEqual(file.seed, 7)
        XCTAssertEqual(file.edition, "2025")
        XCTAssertEqual(file.answers.map(\.scenario), ["case_3_1", "case_1_1"])
    }

    func testMalformedFilesAreRefusedWithCodeAndPlace() {
        func code(_ text: String) -> (DiagnosticCode, Int)? {
            do {
                _ = try TraineeAnswersFile.parse(text, file: "a.json")
                return nil
            } catch {
                return (error.code, error.location.column)
            }
        }
        XCTAssertEqual(code(#"{"answers": {}, "name": "x"}"#)?.0, .unknownKey)
        XCTAssertEqual(code(#"{"answers": {"a": "clinical", "a": "consult"}}"#)?.0, .duplicateKey)
        XCTAssertEqual(code(#"{"seed": -1, "answers": {}}"#)?.0, .badValue)
        XCTAssertEqual(code(#"{"seed": "7", "answers": {}}"#)?.0, .badValue)
        XCTAssertEqual(code(#"{"answers": {"a": 1}}"#)?.0, .wrongType)
        XCTAssertEqual(code(#"{"trainee": "x"}"#)?.0, .missingKey)
        XCTAssertEqual(code("[]")?.0, .wrongType)
    }

    func testGradesAgainstTheComputedClassesOfTheEdition() throws {
        let file = try TraineeAnswersFile.parse(#"{"seed": 3, "answers": {"guideline_off_label_2025": "clinical", "case_2_1": "clinical"}}"#, file: "a.json")
        let new = try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2025"), date: date)
        XCTAssertEqual(new.score.correct, 2)
        XCTAssertEqual(new.seed, 3)
        XCTAssertEqual(new.records.map(\.scenario), ["guideline_off_label_2025", "case_2_1"])
        let old = try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2019"), date: date)
        XCTAssertEqual(old.score.correct, 1, "before the amendment the guideline-backed off-label use is specified")
    }

    func testEveryUnknownScenarioAndClassIsNamedAtOnce() throws {
        let file = try TraineeAnswersFile.parse(#"{"answers": {"case_9_9": "clinical", "case_1_1": "speciffied", "case_2_1": "clinical", "nope": "maybe"}}"#, file: "a.json")
        XCTAssertThrowsError(try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2025"), date: date)) { error in
            let diagnostics = (error as! DiagnosticList).diagnostics
            XCTAssertEqual(diagnostics.map(\.code), [.danglingReference, .badValue, .danglingReference, .badValue])
            let messages = diagnostics.map(\.message).joined(separator: "\n")
            for name in ["case_9_9", "speciffied", "nope", "maybe"] { XCTAssertTrue(messages.contains(name), name) }
            XCTAssertFalse(messages.contains("case_2_1"))
        }
    }

    func testTheCommandGradesTheCheckedInFileAndRefusesABadOne() throws {
        let good = try Fixtures.run(["train", "--answers", Fixtures.path("training/answers-2025.json"), "--format", "json"])
        XCTAssertEqual(good.status, 0, good.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(good.out.utf8)) as? [String: Any])
        XCTAssertEqual(json["totals"] as? [String: Int], ["correct": 4, "total": 6, "percent": 67])
        XCTAssertEqual(json["trainee"] as? String, "Trainee A")
        let bad = try Fixtures.run(["train", "--answers", Fixtures.path("training/answers-bad.json")])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("unknown scenario 'case_4_1'"), bad.err)
        XCTAssertTrue(bad.err.contains("'specifed'"), bad.err)
        XCTAssertEqual(bad.out, "")
    }
}
