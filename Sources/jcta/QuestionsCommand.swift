import ArgumentParser
import JCTACore

/// `jcta questions`: the questions and choice ids, so anyone can write an answers file.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List the questions and their choices (ids for answers files).",
        discussion: "Example: jcta questions --edition 2025 --format json"
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() throws {
        let q = try rules.load()
        switch format {
        case .json: print(QuestionList.json(q), terminator: "")
        case .text: print(QuestionList.text(q, language: rules.lang), terminator: "")
        }
    }
}
