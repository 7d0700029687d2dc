// Fuzz target for the questionnaire loader and validator (issue 6).
// `make fuzz` builds it with `-sanitize=fuzzer -DFUZZING`: libFuzzer calls LLVMFuzzerTestOneInput.
// A normal `swift build` gives a replay tool instead: `FuzzLoader FILE|DIR…` runs every file through the
// same checks, so the crash corpus (Tests/Fixtures/fuzz/loader) is replayed by `make test`.
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

#if FUZZING
// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer_no_main (linked by `make fuzz`). Not
// `-sanitize=fuzzer`: that links libFuzzer's own `main` into every executable, including the
// EmbedQuestionnaires build tool, and the link fails (duplicate `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct FuzzLoaderFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            exercise(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
#else
@main
struct FuzzLoaderReplay {
    static func main() {
        var count = 0
        // --diagnostics: also print, per file, "valid" or its first diagnostic (to inspect a corpus).
        let show = CommandLine.arguments.contains("--diagnostics")
        for argument in CommandLine.arguments.dropFirst() where argument != "--diagnostics" {
            for path in replayFiles(argument) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                exercise(data)
                if show {
                    do {
                        let problems = QuestionnaireValidator.validate(try QuestionnaireLoader.load(data: data, file: path))
                        print(problems.first.map(\.description) ?? "\(path): valid")
                    } catch {
                        print(error.diagnostics.first?.description ?? "\(path): ?")
                    }
                }
                count += 1
            }
        }
        print("FuzzLoader: replayed \(count) inputs, no crash")
    }
}

/// A file, or every regular file in a folder (not recursive), sorted.
func replayFiles(_ path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { path + "/" + $0 }.filter {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
    }
}
#endif
