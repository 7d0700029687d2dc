// Fuzz target for the answers-file parser (AnswersFile.parse and its JSON reader) and the classifier
// fed with whatever answers parse (issue 6). Built like FuzzLoader: `-DFUZZING` for libFuzzer, otherwise a
// replay tool: `FuzzAnswers FILE|DIR…` (the crash corpus is Tests/Fixtures/fuzz/answers).
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

#if FUZZING
// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer_no_main (linked by `make fuzz`). Not
// `-sanitize=fuzzer`: that links libFuzzer's own `main` into every executable, including the
// EmbedQuestionnaires build tool, and the link fails (duplicate `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct FuzzAnswersFuzz {
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
struct FuzzAnswersReplay {
    static func main() {
        _ = questionnaire
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            for path in replayFiles(argument) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                exercise(data)
                count += 1
            }
        }
        print("FuzzAnswers: replayed \(count) inputs, no crash")
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
