import ArgumentParser
import JCTACore

/// `jcta validate [FILE…]`: checks questionnaire files (the embedded editions when none are named).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire files; errors name file:line:column and the fix. Exit 0 valid, 2 not.",
        discussion: "Example: jcta validate Questionnaires/2025.yaml"
    )

    @Argument(help: "YAML files to check; the embedded editions when none are given.")
    var files: [String] = []

    func run() throws {
        var failed = false
        if files.isEmpty {
            for entry in EditionCatalog.entries {
                failed = report(name: "Questionnaires/\(entry.fileName)") { () throws(DiagnosticList) in try entry.load() } || failed
            }
        } else {
            for path in files {
                failed = report(name: path) { () throws(DiagnosticList) in try QuestionnaireLoader.load(path: path) } || failed
            }
        }
        if failed { throw ExitStatus.invalidInput.exitCode }
    }

    /// Prints the file's problems, one per line, or that it is valid; true when it has problems.
    private func report(name: String, load: () throws(DiagnosticList) -> Questionnaire) -> Bool {
        do {
            let questionnaire = try load()
            let problems = QuestionnaireValidator.validate(questionnaire)
            if problems.isEmpty {
                print("\(name): valid (edition \(questionnaire.edition), \(questionnaire.nodes.count) questions, \(questionnaire.outcomes.count) outcomes, \(questionnaire.cases.count) cases)")
                return false
            }
            problems.forEach { printError($0.description) }
        } catch {
            error.diagnostics.forEach { printError($0.description) }
        }
        return true
    }
}
