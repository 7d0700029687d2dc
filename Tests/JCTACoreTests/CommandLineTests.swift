import Foundation
import XCTest
@testable import JCTACore

/// The built `jcta` binary: exit codes and messages of the batch commands.
final class CommandLineTests: XCTestCase {
    let minimal = Fixtures.path("valid/minimal.yaml")

    func testClassifyPrintsJSONResult() throws {
        let run = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-", "--format", "json"],
                                   input: #"{"answers": {"uses_product": "yes", "funding": "maker_funds", "extra": "x"}}"#)
        XCTAssertEqual(run.status, 2, "an unknown question is an error: \(run.err)")
        XCTAssertTrue(run.err.contains("'extra' is not a question"), run.err)

        let ok = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-", "--format", "json"],
                                  input: #"{"answers": {"uses_product": "no", "funding": "no"}}"#)
        XCTAssertEqual(ok.status, 0, ok.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ok.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["classification"] as? String, "out_of_scope")
        XCTAssertEqual(object["unused"] as? [String], ["funding"])
    }

    func testMissingAnswerExitsThreeNamingTheQuestionAndChoices() throws {
        let run = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-", "--lang", "en"],
                                   input: #"{"answers": {"uses_product": "yes"}}"#)
        XCTAssertEqual(run.status, 3)
        XCTAssertTrue(run.err.contains("error: no answer for Q2: Funded by the maker? (question 'funding')\n"), run.err)
        XCTAssertTrue(run.err.contains("  choices: 1. Yes (maker_funds), 2. No (no), 3. Not sure (unsure)\n"), run.err)
        let japanese = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-", "--lang", "ja"],
                                        input: #"{"answers": {"uses_product": "yes"}}"#)
        XCTAssertEqual(japanese.status, 3)
        XCTAssertTrue(japanese.err.contains("error: 問 2 に回答がありません: "), japanese.err)
        XCTAssertTrue(japanese.err.contains("(question 'funding')\n  選択肢: 1. "), japanese.err)
        XCTAssertTrue(japanese.err.contains(" (maker_funds)、2. "), japanese.err)
    }

    func testUnknownChoiceExitsTwoNamingTheValidOnes() throws {
        let run = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-"],
                                   input: #"{"answers": {"uses_product": "perhaps"}}"#)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.err.contains("'perhaps' is not a choice of question 'uses_product'"), run.err)
        XCTAssertTrue(run.err.contains("choices: yes, no, unsure"), run.err)
    }

    func testBrokenAnswersFileExitsTwoWithPlace() throws {
        let run = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-"], input: "{\"answers\": [}")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.err.hasPrefix("<stdin>:1:14: error JCTA002"), run.err)
    }

    func testOutputIsAtomicAndNeedsForceToReplace() throws {
        let folder = NSTemporaryDirectory() + "jcta-cli-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/result.md"
        let arguments = ["classify", "--questionnaire", minimal, "--answers", "-", "--format", "markdown", "--output", output]
        let input = #"{"answers": {"uses_product": "no"}}"#
        XCTAssertEqual(try Fixtures.run(arguments, input: input).status, 0)
        let again = try Fixtures.run(arguments, input: input)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("already exists (use --force"), again.err)
        XCTAssertEqual(try Fixtures.run(arguments + ["--force"], input: input).status, 0)
        let unwritable = try Fixtures.run(["classify", "--questionnaire", minimal, "--answers", "-", "--output", "/proc/x.md"], input: input)
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertTrue(unwritable.err.contains("cannot write /proc/x.md"), unwritable.err)
    }

    func testSeveralAnswersFilesInOneRun() throws {
        let casebook = ["1-1", "2-1", "3-15"].map { Fixtures.path("casebook/\($0).json") }
        let run = try Fixtures.run(["classify", "--edition", "2019", "--format", "json"] + casebook.flatMap { ["--answers", $0] })
        XCTAssertEqual(run.status, 0, run.err)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.map { $0["classification"] as? String }, ["specified", "clinical", "out_of_scope"])

        let broken = NSTemporaryDirectory() + "jcta-broken-\(getpid()).json"
        try Data(#"{"answers": {"exclusion": "none"}}"#.utf8).write(to: URL(fileURLWithPath: broken))
        defer { unlink(broken) }
        let mixed = try Fixtures.run(["classify", "--edition", "2019", "--answers", broken, "--answers", casebook[0]])
        XCTAssertEqual(mixed.status, 3, "the failure's code, after the others were classified")
        XCTAssertTrue(mixed.err.hasPrefix("\(broken): error: 問 2 に回答がありません: "), mixed.err)
        XCTAssertTrue(mixed.err.contains("(question 'product')"), mixed.err)
        XCTAssertTrue(mixed.out.contains("特定臨床研究"), mixed.out)
    }

    func testValidateExitCodes() throws {
        XCTAssertEqual(try Fixtures.run(["validate", minimal]).status, 0)
        let broken = try Fixtures.run(["validate", Fixtures.path("invalid/cycle.yaml")])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.err.contains("cycle.yaml:61:15: error JCTA024"), broken.err)
        let embedded = try Fixtures.run(["validate"])
        XCTAssertEqual(embedded.status, 0, embedded.err)
        XCTAssertTrue(embedded.out.contains("Questionnaires/2019.yaml: valid"), embedded.out)
        XCTAssertTrue(embedded.out.contains("Questionnaires/2025.yaml: valid"), embedded.out)
    }

    func testUnknownEditionAndDateBeforeTheAct() throws {
        let unknown = try Fixtures.run(["questions", "--edition", "2031"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("unknown edition '2031'; the embedded editions are: 2019, 2025"), unknown.err)
        let early = try Fixtures.run(["questions", "--study-date", "2017-01-01"])
        XCTAssertEqual(early.status, 2)
        XCTAssertTrue(early.err.contains("no edition is in force on 2017-01-01"), early.err)
    }

    func testQuestionsJSONShape() throws {
        let run = try Fixtures.run(["questions", "--questionnaire", minimal, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["edition"] as? String, "test")
        XCTAssertEqual(object["root"] as? String, "uses_product")
        let nodes = try XCTUnwrap(object["nodes"] as? [[String: Any]])
        let choices = try XCTUnwrap(nodes.first?["choices"] as? [[String: Any]])
        XCTAssertEqual(choices.map { $0["id"] as? String }, ["yes", "no", "unsure"])
        XCTAssertEqual(choices[0]["next"] as? String, "funding")
        XCTAssertEqual(choices[1]["outcome"] as? String, "out_not_product")
        XCTAssertEqual((choices[2]["label"] as? [String: String])?["ja"], "わからない")
    }

    func testCasesCommand() throws {
        let one = try Fixtures.run(["cases", "3-10", "--edition", "2019"])
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertTrue(one.out.hasPrefix("(3-10) [対象外]"), one.out)
        XCTAssertTrue(one.out.contains("留意事項: 当該医療機器の使用が、侵襲"), one.out)
        let missing = try Fixtures.run(["cases", "9-9", "--edition", "2019"])
        XCTAssertEqual(missing.status, 2)
    }
}
