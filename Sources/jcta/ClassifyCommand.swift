import ArgumentParser
import Foundation
import JCTACore

/// `jcta classify`: answers in, result out, for scripts and the research office.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify a study from an answers file (JSON).",
        discussion: """
        Answers: {"edition": "2025", "answers": {"exclusion": "none", "product": "drug", …}}. \
        `jcta questions` lists the question and choice ids. Example: jcta classify --answers study.json --format json. \
        Repeat --answers to classify many files in one run: JSON output is then an array, text and Markdown \
        put the documents one after another; a file that fails is reported by name and the others go on.
        """
    )

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "The answers file, or - for standard input; repeat for several files.")
    var answers: [String] = []

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: ExportFormat = .text

    @Option(name: .long, help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace --output if it exists.")
    var force = false

    @Option(name: .long, help: "Study title to put in the result.")
    var title: String?

    func validate() throws {
        guard !answers.isEmpty else { throw ValidationError("give an answers file with --answers FILE (or - for standard input)") }
        guard answers.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let screenedOn = CivilDate.today()
        let studyDate = try rules.parsedStudyDate()
        // Each edition is loaded once per run, however many answers files name it.
        let cache = RulesCache()
        var documents: [String] = []
        var firstFailure: ExitStatus?
        for path in answers {
            do {
                documents.append(try classify(path, screenedOn: screenedOn, studyDate: studyDate, cache: cache).rendered(as: format))
            } catch {
                firstFailure = firstFailure ?? error.status
            }
        }
        if !documents.isEmpty {
            let rendered = answers.count == 1 ? documents[0] : combined(documents)
            if let output {
                do {
                    try AtomicFileWriter.write(rendered, to: output, overwrite: force)
                } catch {
                    printError("error: \(error.description)")
                    throw ExitStatus.ioFailure.exitCode
                }
            } else {
                print(rendered, terminator: "")
            }
        }
        if let firstFailure { throw firstFailure.exitCode }
    }

    /// Several results as one valid document of the chosen format.
    private func combined(_ documents: [String]) -> String {
        switch format {
        case .json:
            return "[\n" + documents.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: ",\n") + "\n]\n"
        case .markdown:
            return documents.joined(separator: "\n---\n\n")
        case .text:
            return documents.joined(separator: "\n" + String(repeating: "=", count: 72) + "\n\n")
        }
    }

    struct Failure: Error {
        var status: ExitStatus
    }

    /// Classifies one answers file; problems are printed (naming the file) and thrown as the exit status.
    private func classify(_ path: String, screenedOn: CivilDate, studyDate: CivilDate?, cache: RulesCache) throws(Failure) -> ResultDocument {
        let source = path == "-" ? "<stdin>" : path
        let prefix = answers.count > 1 ? "\(source): " : ""
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
        let file: AnswersFile
        do {
            file = try AnswersFile.parse(text, file: source)
        } catch {
            printError(error.description)
            throw Failure(status: .invalidInput)
        }
        let questionnaire: Questionnaire
        let otherNodes: Set<String>
        do {
            (questionnaire, otherNodes) = try cache.rules(for: file, options: rules)
        } catch {
            throw Failure(status: .invalidInput)
        }
        switch Classifier(questionnaire).classify(file.answers, otherEditionNodes: otherNodes) {
        case .success(let result):
            return ResultDocument(result: result, screenedOn: screenedOn, studyDate: studyDate ?? file.studyDate,
                                  studyTitle: title ?? file.title, language: rules.lang)
        case .failure(.missingAnswer(let node)):
            // The question as the screens number and word it, in --lang; the ids after, for scripts.
            let question = questionnaire.node(node)!
            func words(_ ja: String, _ en: String) -> String { rules.lang == .ja ? ja : en }
            let lang = rules.lang
            let number = Self.questionNumber(of: node, answers: file.answers, questionnaire)
            printError(prefix + "error: " + words("問 \(number) に回答がありません: ", "no answer for Q\(number): ")
                       + "\(question.question[lang]) (question '\(node)')")
            printError(words("  選択肢: ", "  choices: ") + question.choices.enumerated()
                .map { "\($0.offset + 1). \($0.element.label[lang]) (\($0.element.id))" }.joined(separator: words("、", ", ")))
            throw Failure(status: .missingAnswer)
        case .failure(.unknownNode(let node)):
            printError("\(prefix)error: '\(node)' is not a question of edition \(questionnaire.edition)")
            printError("  questions: " + questionnaire.nodes.map(\.id).joined(separator: ", "))
            throw Failure(status: .invalidInput)
        case .failure(.unknownChoice(let node, let choice)):
            printError("\(prefix)error: '\(choice)' is not a choice of question '\(node)'")
            printError("  choices: " + questionnaire.node(node)!.choices.map(\.id).joined(separator: ", "))
            throw Failure(status: .invalidInput)
        }
    }
}

extension ClassifyCommand {
    /// The question's number on the way the answers lead to it, as the screens count it (問 3, Q3).
    static func questionNumber(of node: String, answers: [String: String], _ questionnaire: Questionnaire) -> Int {
        var walk = ScreeningSession(questionnaire)
        while let current = walk.currentNode, current.id != node, let choice = answers[current.id] {
            do { try walk.answer(choice: choice) } catch { break }
        }
        return walk.steps.count + 1
    }
}

/// The questionnaires a run has loaded, by what picked them, and the other editions' question ids.
private final class RulesCache {
    private var loaded: [String: (Questionnaire, Set<String>)] = [:]

    func rules(for file: AnswersFile, options: EditionOptions) throws -> (Questionnaire, Set<String>) {
        let key = "\(file.edition ?? "")|\(file.studyDate?.description ?? "")"
        if let found = loaded[key] { return found }
        let questionnaire = try options.load(fileEdition: file.edition, studyDate: file.studyDate)
        let otherNodes = options.questionnaire == nil ? EditionCatalog.nodeIDs(ofEditionsOtherThan: questionnaire.edition) : []
        loaded[key] = (questionnaire, otherNodes)
        return (questionnaire, otherNodes)
    }
}

extension ExportFormat: ExpressibleByArgument {}
