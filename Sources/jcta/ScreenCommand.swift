import ArgumentParser
import JCTACore

/// `jcta` with no subcommand: the interactive questionnaire.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen a study interactively (the default)."
    )

    @OptionGroup var rules: EditionOptions

    func run() throws {
        let q = try rules.load()
        print("jcta \(JCTAVersion.current): \(q.title[rules.lang]) (\(q.effectivePeriod))")
        print(JCTA.helpMessage())
    }
}
