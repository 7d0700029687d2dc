import Foundation
import Glibc
import JCTACore
import JCTAScreens

/// Runs the line mode on standard input and output, for `jcta --plain`, pipes and terminals that cannot draw,
/// and a kiosk in lines; its ending becomes jcta's exit status.
enum LineMode {
    static func run(_ questionnaire: Questionnaire, language: Language, studyDate: CivilDate?) throws {
        let console = LineConsole()
        var prompter = PlainPrompter(questionnaire: questionnaire, language: language, studyDate: studyDate,
                                     clock: { LocalTimestamp.now() }, io: console.io())
        switch prompter.run() {
        case .result, .quit, .operatorExit:
            return
        case .unanswered(_, let message):
            // A person at a terminal has just heard it; a script reads standard error.
            if !console.isTerminal { printError("jcta: " + message) }
            throw ExitStatus.missingAnswer.exitCode
        }
    }

    /// The kiosk in lines: Ctrl-C, Ctrl-\\ and Ctrl-Z are ignored; documents go to the print command, lines to
    /// the usage log, and the stop is logged when the operator's PIN ends it.
    static func runKiosk(_ questionnaire: Questionnaire, language: Language, studyDate: CivilDate?, settings: KioskSettings,
                         print: @escaping (String) -> WriteFailure?, log: @escaping (UsageLogEntry) -> Void) throws {
        for ignored in [SIGINT, SIGQUIT, SIGTSTP] { signal(ignored, SIG_IGN) }
        let console = LineConsole()
        let kiosk = PlainKioskIO(settings: settings, print: { print(PrintedDocument.layout($0)) }, log: log, seconds: LineConsole.seconds,
                                 wipe: { console.wipe() })
        var prompter = PlainPrompter(questionnaire: questionnaire, language: language, studyDate: studyDate,
                                     clock: { LocalTimestamp.now() }, io: console.io(), kiosk: kiosk)
        _ = prompter.run()
        log(UsageLogEntry(event: .stop, reason: "operator"))
    }
}
