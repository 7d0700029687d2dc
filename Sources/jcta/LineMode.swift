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

    /// The kiosk in lines: Ctrl-C, Ctrl-\ and Ctrl-Z are ignored; printing keeps standard output for the
    /// documents and talks on /dev/tty.
    static func runKiosk(_ questionnaire: Questionnaire, language: Language, studyDate: CivilDate?, settings: KioskSettings,
                         log: UsageLogFile?) throws {
        for ignored in [SIGINT, SIGQUIT, SIGTSTP] { signal(ignored, SIG_IGN) }
        var console = LineConsole()
        if settings.exportTarget == .standardOutput {
            guard let terminal = LineConsole.controllingTerminal() else {
                printError("error: kiosk mode not started: --print-command needs a terminal (/dev/tty) to ask on")
                throw ExitStatus.invalidInput.exitCode
            }
            console = terminal
        }
        let kiosk = PlainKioskIO(settings: settings, print: PrinterPipe.print, log: { log?.append($0) },
                                 seconds: LineConsole.seconds, wipe: { console.wipe() })
        var prompter = PlainPrompter(questionnaire: questionnaire, language: language, studyDate: studyDate,
                                     clock: { LocalTimestamp.now() }, io: console.io(), kiosk: kiosk)
        _ = prompter.run()
    }
}
