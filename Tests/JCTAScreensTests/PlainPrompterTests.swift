import JCTACore
import Testing
@testable import JCTAScreens

@Suite struct PlainPrompterTests {
    /// Runs the prompter over `input` lines; returns the ending, what it wrote and the files it wrote.
    func run(_ input: [String], existing: Set<String> = []) -> (PlainPrompter.Ending, String, [String: String]) {
        final class Transcript: @unchecked Sendable {
            var lines: [String]
            var output = ""
            var files: [String: String] = [:]
            init(_ lines: [String]) { self.lines = lines }
        }
        let transcript = Transcript(input)
        var prompter = PlainPrompter(
            questionnaire: TestRules.questionnaire, language: .ja, studyDate: nil, clock: { TestRules.fixedTime },
            readLine: { transcript.lines.isEmpty ? nil : transcript.lines.removeFirst() },
            write: { transcript.output += $0 },
            writeFile: { text, path, overwrite in
                if existing.contains(path) && !overwrite { return .exists }
                transcript.files[path] = text
                return nil
            })
        let ending = prompter.run()
        return (ending, transcript.output, transcript.files)
    }

    func expectedText(_ answers: [String: String]) throws -> String {
        let result = try Classifier(TestRules.questionnaire).classify(answers).get()
        return ResultDocument(result: result, screenedOn: TestRules.fixedTime.date, language: .ja).rendered(as: .text)
    }

    @Test func tokensOnOneLinePrintTheResultAsTheTextExport() throws {
        let (ending, output, files) = run(["1 1"])
        #expect(ending == .result)
        #expect(output.contains(try expectedText(["product": "drug", "funding": "maker_funds"])))
        #expect(files.isEmpty)
    }

    @Test func bGoesBackAndNonsenseIsAskedAgain() throws {
        let (ending, output, _) = run(["1", "b", "x", "", "2"])
        #expect(ending == .result)
        #expect(output.contains("1 から 3 の番号で答えてください。"))
        #expect(output.contains(try expectedText(["product": "nothing"])))
    }

    @Test func theEndOfInputBeforeAResultNamesTheQuestion() {
        let (ending, _, _) = run(["1"])
        #expect(ending == .unanswered(node: "funding", number: 2))
    }

    @Test func theResultCanBeSavedWithTheDefaultName() throws {
        let (_, output, files) = run(["2", "3", ""])
        #expect(files["jcta-20260401-090500.txt"] == (try expectedText(["product": "nothing"])))
        #expect(output.contains("保存しました: jcta-20260401-090500.txt"))
    }

    @Test func anExistingFileIsKeptUnlessYes() {
        let (_, output, files) = run(["2", "1", "study.md", "n"], existing: ["study.md"])
        #expect(files.isEmpty)
        #expect(output.contains("保存しませんでした。"))
        let (_, _, replaced) = run(["2", "1", "study.md", "y"], existing: ["study.md"])
        #expect(replaced["study.md"]?.hasPrefix("# ") == true)
    }
}
