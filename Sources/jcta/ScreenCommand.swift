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
        (F12 opens the operator's PIN prompt; SIGTERM or SIGHUP also end it).
        """
    )

    @OptionGroup var rules: EditionOptions

    @Flag(name: .long, help: "Ask as numbered line prompts (screen readers, braille displays, pipes).")
    var plain = false

    @OptionGroup(title: "Kiosk") var kioskOptions: KioskOptions

    func validate() throws {
        if plain && kioskOptions.kiosk { throw ValidationError("--plain and --kiosk cannot be used together") }
    }

    func run() throws {
        try InteractiveScreen(rules: rules.choice, plain: plain, kioskOptions: kioskOptions).run()
    }
}

/// The interactive questionnaire once the command line is read: by ArgumentParser, or by `FastStart` for
/// the common plain `jcta`.
struct InteractiveScreen {
    var rules: EditionChoice
    var plain = false
    /// Nil from the fast start, which never starts a kiosk.
    var kioskOptions: KioskOptions?

    func run() throws {
        let questionnaire = try rules.load()
        let studyDate = try rules.parsedStudyDate()
        if let settings = try kioskOptions?.settings(language: rules.lang) {
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

    /// A kiosk needs the full screen: without a terminal it refuses to start rather than fall back to
    /// prompts that Ctrl-C would end.
    private func runKiosk(_ questionnaire: Questionnaire, studyDate: CivilDate?, settings: KioskSettings) throws {
        var log: UsageLogFile?
        if let path = kioskOptions?.log {
            switch UsageLogFile.open(path) {
            case .success(let file): log = file
            case .failure(let failure):
                printError("error: kiosk mode not started: cannot open --log \(path): \(failure.reason)")
                throw ExitStatus.ioFailure.exitCode
            }
        }
        if settings.exportTarget == .standardOutput { PrinterPipe.prepare() }
        let options = Terminal.Options(allowColor: FullScreen.allowsColor, locked: true,
                                       usesControllingTerminal: settings.exportTarget == .standardOutput)
        let terminal: Terminal
        do {
            terminal = try Terminal.start(options)
        } catch {
            printError("error: kiosk mode not started: it needs a full-screen terminal, and \(error)")
            throw ExitStatus.invalidInput.exitCode
        }
        var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
        state.kiosk = Kiosk(settings: settings)
        state.trainingPlan = WelcomeTraining.plan(questionnaire)
        try FullScreen.run(&state, on: terminal, outputs: TerminalApp.Outputs(print: PrinterPipe.print, log: { log?.append($0) }))
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
