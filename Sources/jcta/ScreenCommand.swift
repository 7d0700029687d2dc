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
        terminal, or when TERM is dumb or unknown. Example: echo 1 1 1 1 1 1 2 1 | jcta --plain
        Kiosk: jcta --kiosk --admin-pin-file /etc/jcta/pin --export-dir /srv/jcta/out --log /var/log/jcta.jsonl \
        (F12 opens the operator's PIN prompt; SIGTERM or SIGHUP also end it). With --plain, or where the terminal \
        cannot draw, the kiosk asks in lines and the operator types admin for the PIN prompt.
        """
    )

    @OptionGroup var rules: EditionOptions

    @Flag(name: .long, help: "Ask as numbered line prompts (screen readers, braille displays, pipes).")
    var plain = false

    @OptionGroup(title: "Kiosk") var kioskOptions: KioskOptions

    func run() throws {
        let questionnaire = try rules.load()
        let studyDate = try rules.parsedStudyDate()
        if let settings = try kioskOptions.settings(language: rules.lang) {
            try runKiosk(questionnaire, studyDate: studyDate, settings: settings)
            return
        }
        if !plain, let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) {
            var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
            state.trainingPlan = WelcomeTraining.plan(questionnaire)
            try FullScreen.run(&state, on: terminal)
            return
        }
        try runPlain(questionnaire, studyDate: studyDate)
    }

    /// A kiosk draws the full screen; with --plain, or where the terminal cannot draw, it asks in lines. With
    /// no terminal at all it refuses to start rather than run where nobody can use it.
    private func runKiosk(_ questionnaire: Questionnaire, studyDate: CivilDate?, settings: KioskSettings) throws {
        var log: UsageLogFile?
        if let path = kioskOptions.log {
            switch UsageLogFile.open(path) {
            case .success(let file): log = file
            case .failure(let failure):
                printError("error: kiosk mode not started: cannot open --log \(path): \(failure.reason)")
                throw ExitStatus.ioFailure.exitCode
            }
        }
        if settings.exportTarget == .standardOutput { PrinterPipe.prepare() }
        if plain {
            try LineMode.runKiosk(questionnaire, language: rules.lang, studyDate: studyDate, settings: settings, log: log)
            return
        }
        let options = Terminal.Options(allowColor: FullScreen.allowsColor, locked: true,
                                       usesControllingTerminal: settings.exportTarget == .standardOutput)
        let terminal: Terminal
        do {
            terminal = try Terminal.start(options)
        } catch {
            switch error {
            case .dumbTerminal, .unknownTerminal, .noUTF8Locale:
                printError("jcta: \(error); the kiosk asks in lines")
                try LineMode.runKiosk(questionnaire, language: rules.lang, studyDate: studyDate, settings: settings, log: log)
                return
            case .notATerminal:
                printError("error: kiosk mode not started: it needs a terminal, and \(error)")
                throw ExitStatus.invalidInput.exitCode
            }
        }
        var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
        state.kiosk = Kiosk(settings: settings)
        state.trainingPlan = WelcomeTraining.plan(questionnaire)
        try FullScreen.run(&state, on: terminal, outputs: TerminalApp.Outputs(print: PrinterPipe.print, log: { log?.append($0) }))
    }

    private func runPlain(_ questionnaire: Questionnaire, studyDate: CivilDate?) throws {
        try LineMode.run(questionnaire, language: rules.lang, studyDate: studyDate)
    }
}
