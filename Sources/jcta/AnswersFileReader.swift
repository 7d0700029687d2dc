import Foundation
import JCTACore

/// Reading an answers file and saying what is wrong with it, worded once for `jcta classify` (which prints it,
/// or puts it in a spreadsheet row) and for `jcta --answers` (resuming a screening), so both give the same error.
enum AnswersFileReader {
    struct Failure: Error {
        var status: ExitStatus
        var messages: [String]

        func print() { messages.forEach(printError) }
    }

    /// The parsed file (`-`: standard input); a problem is thrown naming the file.
    static func read(_ path: String) throws(Failure) -> AnswersFile {
        let source = path == "-" ? "<stdin>" : path
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(status: .ioFailure, messages: ["error: cannot read answers file \(path)"])
            }
            text = String(decoding: data, as: UTF8.self)
        }
        do {
            return try AnswersFile.parse(text, file: source)
        } catch {
            throw Failure(status: .invalidInput, messages: [error.description])
        }
    }

    /// `read`, for a command that stops at a bad file: the problem is printed and its exit status thrown.
    static func readOrExit(_ path: String) throws -> AnswersFile {
        do {
            return try read(path)
        } catch {
            error.print()
            throw error.status.exitCode
        }
    }

    /// Why the answers do not fit the questionnaire, and the exit status it means.
    static func explain(_ failure: Classifier.Failure, questionnaire: Questionnaire, language: Language,
                        prefix: String = "") -> Failure {
        switch failure {
        case .missingAnswer(let node):
            // The question as the screens number and word it, in the user's language; the ids after, for scripts.
            let question = questionnaire.node(node)!
            func words(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }
            let number = questionnaire.questionNumber(node)!
            return Failure(status: .missingAnswer, messages: [
                prefix + "error: " + words("問 \(number) に回答がありません: ", "no answer for Q\(number): ")
                    + "\(question.question[language]) (question '\(node)')",
                words("  選択肢: ", "  choices: ") + question.choices.enumerated()
                    .map { "\($0.offset + 1). \($0.element.label[language]) (\($0.element.id))" }.joined(separator: words("、", ", "))])
        case .unknownNode(let node):
            return Failure(status: .invalidInput, messages: [
                "\(prefix)error: '\(node)' is not a question of edition \(questionnaire.edition)",
                "  questions: " + questionnaire.nodes.map(\.id).joined(separator: ", ")])
        case .unknownChoice(let node, let choice):
            return Failure(status: .invalidInput, messages: [
                "\(prefix)error: '\(choice)' is not a choice of question '\(node)'",
                "  choices: " + questionnaire.node(node)!.choices.map(\.id).joined(separator: ", ")])
        }
    }
}
