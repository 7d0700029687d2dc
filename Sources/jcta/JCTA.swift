import ArgumentParser
import JCTACore

/// jcta: does a planned study fall under Japan's Clinical Trials Act (臨床研究法), and how?
@main
struct JCTA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jcta",
        abstract: "臨床研究法 該当性スクリーニング / Clinical Trials Act screening",
        discussion: """
        The result supports, and does not replace, the determination of your institution and its \
        Certified Review Board (CRB). 結果は参考情報です。最終判断は所属機関と認定臨床研究審査委員会が行います。
        Exit codes: 0 ok, 1 file not written/read, 2 invalid input, 3 an answer is missing, 64 usage, \
        129/130/131/143 ended by SIGHUP/SIGINT/SIGQUIT/SIGTERM.
        """,
        version: VersionText.full,
        subcommands: [ScreenCommand.self, ClassifyCommand.self, CompareCommand.self, FlowCommand.self, QuestionsCommand.self, CasesCommand.self,
                      ValidateCommand.self, EditionsCommand.self, TrainCommand.self, UsageCommand.self],
        defaultSubcommand: ScreenCommand.self
    )

    static func main() {
        if let rules = FastStart.rules(Array(CommandLine.arguments.dropFirst())) {
            do {
                try InteractiveScreen(rules: rules).run()
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
