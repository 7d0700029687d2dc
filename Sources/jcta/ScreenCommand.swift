import ArgumentParser
import Foundation
import JCTACore
import JCTAScreens
import JCTATerminal

/// `jcta` with no subcommand: the interactive questionnaire, full screen or as plain line prompts.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen a study interactively (the default).",
        discussion: """
        Full screen on a terminal; numbered line prompts with --plain, when standard input or output is not a \
        terminal, or when TERM is dumb or unknown. Example: echo 1 1 1 1 1 1 1 1 1 | jcta --plain
        """
    )

    @OptionGroup var rules: EditionOptions

    @Flag(name: .long, help: "Ask as numbered line prompts (screen readers, braille displays, pipes).")
    var plain = false

    func run() throws {
        let questionnaire = try rules.load()
        let studyDate = try rules.parsedStudyDate()
        if !plain {
            do {
                let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
                let terminal = try Terminal.start(allowColor: !noColor)
                try runFullScreen(questionnaire, studyDate: studyDate, on: terminal)
                return
            } catch let unavailable as Terminal.Unavailable {
                switch unavailable {
                case .notATerminal, .dumbTerminal: break
                case .unknownTerminal, .noUTF8Locale: printError("jcta: \(unavailable); using plain prompts")
                }
            }
        }
        try runPlain(questionnaire, studyDate: studyDate)
    }

    private func runFullScreen(_ questionnaire: Questionnaire, studyDate: CivilDate?, on terminal: Terminal) throws {
        let size = terminal.size
        var state = AppState(questionnaire: questionnaire, language: rules.lang, width: size.width, height: size.height,
                             studyDate: studyDate, clock: { LocalTimestamp.now() })
        let ending = TerminalApp.run(&state, on: terminal)
        terminal.restore()
        switch ending {
        case .finished(let status):
            if status != 0 { throw ExitCode(status) }
        case .signalled(let signal):
            switch signal {
            case SIGHUP: throw ExitStatus.hangup.exitCode
            case SIGINT: throw ExitStatus.interrupted.exitCode
            default: throw ExitStatus.terminated.exitCode
            }
        }
    }

    private func runPlain(_ questionnaire: Questionnaire, studyDate: CivilDate?) throws {
        var prompter = PlainPrompter(
            questionnaire: questionnaire, language: rules.lang, studyDate: studyDate, clock: { LocalTimestamp.now() },
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            },
            writeFile: ExportWriter.write)
        switch prompter.run() {
        case .result:
            return
        case .unanswered(let node, let number):
            let question = questionnaire.node(node)?.question[rules.lang] ?? ""
            printError("error: input ended before question \(number) ('\(node)') was answered: \(question)")
            throw ExitStatus.missingAnswer.exitCode
        }
    }
}
