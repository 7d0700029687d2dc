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
        `jcta questions` lists the question and choice ids. Example: jcta classify --answers study.json --format json
        """
    )

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "The answers file, or - for standard input.")
    var answers: String

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: ExportFormat = .text

    @Option(name: .long, help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace --output if it exists.")
    var force = false

    @Option(name: .long, help: "Study title to put in the result.")
    var title: String?

    func run() throws {
        let source = answers == "-" ? "<stdin>" : answers
        let text: String
        if answers == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: answers) else {
                printError("error: cannot read answers file \(answers)")
                throw ExitStatus.ioFailure.exitCode
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let file: AnswersFile
        do {
            file = try AnswersFile.parse(text, file: source)
        } catch {
            printError(error.description)
            throw ExitStatus.invalidInput.exitCode
        }
        let questionnaire = try rules.load(fileEdition: file.edition, studyDate: file.studyDate)
        let result: ClassificationResult
        let otherNodes = rules.questionnaire == nil ? EditionCatalog.nodeIDs(ofEditionsOtherThan: questionnaire.edition) : []
        switch Classifier(questionnaire).classify(file.answers, otherEditionNodes: otherNodes) {
        case .success(let classified):
            result = classified
        case .failure(.missingAnswer(let node)):
            let question = questionnaire.node(node)!
            printError("error: no answer for question '\(node)': \(question.question[rules.lang])")
            printError("  choices: " + question.choices.map { "\($0.id) (\($0.label[rules.lang]))" }.joined(separator: ", "))
            throw ExitStatus.missingAnswer.exitCode
        case .failure(.unknownNode(let node)):
            printError("error: '\(node)' is not a question of edition \(questionnaire.edition)")
            printError("  questions: " + questionnaire.nodes.map(\.id).joined(separator: ", "))
            throw ExitStatus.invalidInput.exitCode
        case .failure(.unknownChoice(let node, let choice)):
            printError("error: '\(choice)' is not a choice of question '\(node)'")
            printError("  choices: " + questionnaire.node(node)!.choices.map(\.id).joined(separator: ", "))
            throw ExitStatus.invalidInput.exitCode
        }
        let document = ResultDocument(result: result, screenedOn: CivilDate.today(),
                                      studyDate: try rules.parsedStudyDate() ?? file.studyDate,
                                      studyTitle: title ?? file.title, language: rules.lang)
        let rendered = document.rendered(as: format)
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
}

extension ExportFormat: ExpressibleByArgument {}
