// Fuzz target for the questionnaire loader and validator.
// `make fuzz` builds it with `-DFUZZING`: libFuzzer's driver calls `exercise` (see FuzzDriver).
// A normal `swift build` gives a replay tool instead: `FuzzLoader FILE|DIR…` runs every file through the
// same checks, so the crash corpus (Tests/Fixtures/fuzz/loader) is replayed by `make test`.
import FuzzDriver
import Foundation
import JCTACore

/// Loads, validates and (when valid) classifies one input; traps when an invariant breaks, so the fuzzer
/// records it as a crash: every diagnostic names the file, a line and column ≥ 1, and a fix.
func exercise(_ data: Data) {
    let file = "fuzz.yaml"
    let diagnostics: [Diagnostic]
    do {
        let questionnaire = try QuestionnaireLoader.load(data: data, file: file)
        diagnostics = QuestionnaireValidator.validate(questionnaire)
        if diagnostics.isEmpty {
            // A valid questionnaire: walk it with the first choice everywhere and with 「わからない」 everywhere.
            var first: [String: String] = [:]
            var unsure: [String: String] = [:]
            for node in questionnaire.nodes {
                first[node.id] = node.choices.first?.id
                unsure[node.id] = node.unsureChoice?.id
            }
            for answers in [first, unsure] {
                if case .success(let result) = Classifier(questionnaire).classify(answers) {
                    precondition(questionnaire.outcome(result.outcome) != nil, "result names an unknown outcome")
                }
            }
        }
    } catch {
        diagnostics = error.diagnostics
        precondition(!diagnostics.isEmpty, "the loader threw no diagnostics")
    }
    for diagnostic in diagnostics {
        precondition(diagnostic.location.file == file, "diagnostic names another file: \(diagnostic)")
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "bad place: \(diagnostic)")
        precondition(!diagnostic.message.isEmpty && !diagnostic.fix.isEmpty, "empty message or fix: \(diagnostic)")
    }
}

@main
struct FuzzLoaderMain {
    static func main() {
        #if FUZZING
        FuzzDriver.fuzz(exercise)
        #else
        // --diagnostics: also print, per file, "valid" or its first diagnostic (to inspect a corpus).
        let show = CommandLine.arguments.contains("--diagnostics")
        let paths = CommandLine.arguments.dropFirst().filter { $0 != "--diagnostics" }
        FuzzDriver.replay(paths, name: "FuzzLoader") { path, data in
            exercise(data)
            if show {
                do throws(DiagnosticList) {
                    let problems = QuestionnaireValidator.validate(try QuestionnaireLoader.load(data: data, file: path))
                    print(problems.first.map(\.description) ?? "\(path): valid")
                } catch {
                    print(error.diagnostics.first?.description ?? "\(path): ?")
                }
            }
        }
        #endif
    }
}
