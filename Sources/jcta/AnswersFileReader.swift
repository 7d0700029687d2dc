import Foundation
import JCTACore

/// Reading an answers file and saying what is wrong with it, worded once for `jcta classify` and for
/// `jcta --answers` (resuming a screening), so both give the same clear error.
enum AnswersFileReader {
    struct Failure: Error {
        var status: ExitStatus
    }

    /// The parsed file (`-`: standard input); problems are printed naming the file.
    static func read(_ path: String) throws(Failure) -> AnswersFile {
        let source = path == "-" ? "<stdin>" : path
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("error: cannot read answers file \(path)")
                throw Failure(status: .ioFailure)
            }
            text = String(decoding: data, as: UTF8.self)
        }
        do {
            return try AnswersFile.parse(text, file: source)
        } catch {
            printError(error.description)
            throw Failure(status: .invalidInput)
        }
    }

    /// Prints why the answers do not fit the questionnaire and returns the exit status it means.
    @discardableResult
    static func report(_ failure: Classifier.Failure, questionnaire: Questionnaire, language: Language,
                       prefix: String = "") -> ExitStatus {
        switch failure {
        case .missingAnswer(let node):
            let question = questionnaire.node(node)!
            printError("\(prefix)error: no answer for question '\(node)': \(question.question[language])")
            printError("  choices: " + question.choices.map { "\($0.id) (\($0.label[language]))" }.joined(separator: ", "))
            return .missingAnswer
        case .unknownNode(let node):
            printError("\(prefix)error: '\(node)' is not a question of edition \(questionnaire.edition)")
            printError("  questions: " + questionnaire.nodes.map(\.id).joined(separator: ", "))
            return .invalidInput
        case .unknownChoice(let node, let choice):
            printError("\(prefix)error: '\(choice)' is not a choice of question '\(node)'")
            printError("  choices: " + questionnaire.node(node)!.choices.map(\.id).joined(separator: ", "))
            return .invalidInput
        }
    }
}
