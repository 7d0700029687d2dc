import ArgumentParser
import JCTACore

/// `jcta cases [ID]`: the casebook entries the rules rest on.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Show the casebook entries (事例集), one or all.",
        discussion: "Example: jcta cases 3-10"
    )

    @OptionGroup var rules: EditionOptions

    @Argument(help: "A case id such as 3-10; all cases when omitted.")
    var id: String?

    func run() throws {
        let q = try rules.load()
        let shown: [CaseEntry]
        if let id {
            guard let entry = q.caseEntry(id) else {
                printError("error: no case '\(id)'; the cases are: " + q.cases.map(\.id).joined(separator: ", "))
                throw ExitStatus.invalidInput.exitCode
            }
            shown = [entry]
        } else {
            shown = q.cases
        }
        print(shown.map { CaseText.render($0, questionnaire: q, language: rules.lang) }.joined(separator: "\n"), terminator: "")
    }
}
