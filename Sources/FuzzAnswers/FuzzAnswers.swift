// Fuzz target for the answers-file parser (AnswersFile.parse and its JSON reader) and the classifier
// fed with whatever answers parse. Built like FuzzLoader: `-DFUZZING` for libFuzzer, otherwise a
// replay tool: `FuzzAnswers FILE|DIR…` (the crash corpus is Tests/Fixtures/fuzz/answers).
import FuzzDriver
import Foundation
import JCTACore

/// The newest embedded edition, loaded once: parsed answers are classified against it.
let questionnaire: Questionnaire = {
    guard let entry = EditionCatalog.entries.last, let loaded = try? entry.load() else {
        fatalError("no embedded edition loads")
    }
    return loaded
}()

func exercise(_ data: Data) {
    let file = "fuzz.json"
    let text = String(decoding: data, as: UTF8.self)
    do {
        let parsed = try AnswersFile.parse(text, file: file)
        switch Classifier(questionnaire).classify(parsed.answers) {
        case .success(let result):
            precondition(questionnaire.outcome(result.outcome) != nil, "result names an unknown outcome")
        case .failure(.missingAnswer(let node)), .failure(.unknownChoice(let node, _)):
            precondition(questionnaire.node(node) != nil, "failure names an unknown question")
        case .failure(.unknownNode(let node)):
            precondition(parsed.answers[node] != nil, "unknown node not among the answers")
        }
    } catch {
        precondition(error.location.file == file, "diagnostic names another file: \(error)")
        precondition(error.location.line >= 1 && error.location.column >= 1, "bad place: \(error)")
        precondition(!error.message.isEmpty && !error.fix.isEmpty, "empty message or fix: \(error)")
    }
}

@main
struct FuzzAnswersMain {
    static func main() {
        #if FUZZING
        FuzzDriver.fuzz(exercise)
        #else
        _ = questionnaire
        FuzzDriver.replay(Array(CommandLine.arguments.dropFirst()), name: "FuzzAnswers") { _, data in exercise(data) }
        #endif
    }
}
