import ArgumentParser
import JCTACore

/// `jcta validate [FILE…]`: checks the rules files (the embedded ones when none are named), each as the kind
/// its top-level keys say.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rules files; errors name file:line:column, a stable code and the fix. Exit 0 valid, 2 not.",
        discussion: """
        Each file is checked as the kind its top-level keys say: a questionnaire edition (edition:, nodes:, …) \
        or the training scenario file (scenarios:), which is checked against the valid editions named with it, \
        else against the embedded editions. A file of neither kind gets one error (JCTA016) naming the keys \
        each kind has. Example: jcta validate Questionnaires/*.yaml
        """
    )

    @Argument(help: "YAML files to check; the embedded editions and training scenarios when none are given.")
    var files: [String] = []

    func run() throws {
        let sources = files.isEmpty ? RulesFileValidation.Source.embedded : files.map { RulesFileValidation.Source.file($0) }
        var failed = false
        for report in RulesFileValidation.validate(sources) {
            if let summary = report.summary {
                print("\(report.name): \(summary)")
            } else {
                report.diagnostics.forEach { printError($0.description) }
                failed = true
            }
        }
        if failed { throw ExitStatus.invalidInput.exitCode }
    }
}
