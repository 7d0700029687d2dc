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

    @Option(name: .long, help: ArgumentHelp(
        "Resume a screening from an answers file (as `s` saves it, or as jcta classify reads it): the questionnaire opens at the first question still unanswered, or at the result.",
        valueName: "file"))
    var answers: String?

    @OptionGroup(title: "Kiosk") var kioskOptions: KioskOptions

    func validate() throws {
        if answers != nil && kioskOptions.kiosk { throw ValidationError("--answers cannot be used with --kiosk: a kiosk starts empty for each person") }
        if answers != nil && plain { throw ValidationError("--answers opens the full screen; it cannot be used with --plain") }
    }

    func run() throws {
        try InteractiveScreen(rules: rules.choice, plain: plain, answers: answers, kioskOptions: kioskOptions).run()
    }
}

/// The interactive questionnaire once the command line is read: by ArgumentParser, or by `FastStart` for
/// the common plain `jcta`.
struct InteractiveScreen {
    var rules: EditionChoice
    var plain = false
    var answers: String?
    /// Nil from the fast start, which never starts a kiosk.
    var kioskOptions: KioskOptions?

    func run() throws {
        if let answers {
            try resume(answers)
            return
        }
        let questionnaire = try rules.load()
        let studyDate = try rules.parsedStudyDate()
        if let kioskOptions, kioskOptions.kiosk {
            try runKiosk(questionnaire, studyDate: studyDate, options: kioskOptions)
            return
        }
        if !plain, let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) {
            var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
            state.trainingPlan = WelcomeTraining.plan(questionnaire)
            // A round started here keeps its answers however it ends, as `jcta train` does.
            state.keepsTrainingSheetOnQuit = true
            var ending: Error?
            do { try FullScreen.run(&state, on: terminal) } catch { ending = error }
            var files = ScoreSheetFiles(language: rules.lang, force: false, format: nil, say: { print($0) })
            try TrainCommand.keepAnswers(of: state, sheetNamed: false, with: &files)
            if let ending { throw ending }
            return
        }
        try runPlain(questionnaire, studyDate: studyDate)
    }

    /// A kiosk draws the full screen; with --plain, or where the terminal cannot draw, it asks in lines. With
    /// no terminal at all it refuses to start rather than run where nobody can use it. Its files are created
    /// readable by its own user only; its start and stop go to the usage log, and lines the log lost go to
    /// standard error at exit.
    private func runKiosk(_ questionnaire: Questionnaire, studyDate: CivilDate?, options kioskOptions: KioskOptions) throws {
        var log: UsageLogFile?
        if let path = kioskOptions.log {
            switch UsageLogFile.open(path) {
            case .success(let file): log = file
            case .failure(let failure):
                printError("error: kiosk mode not started: cannot open --log \(path): \(failure.reason)")
                throw ExitStatus.ioFailure.exitCode
            }
        }
        let logFile = log
        guard let settings = try kioskOptions.settings(language: rules.lang, operatorNotice: { logFile?.problem }) else { return }
        umask(0o077)
        // A print command that stops reading must not end the kiosk; its exit status says what happened.
        signal(SIGPIPE, SIG_IGN)
        let printJob = kioskOptions.printCommand.map { PrintJob(command: $0) }
        let print: (String) -> WriteFailure? = { document in
            guard let printJob else { return .other(LocalizedMessage(ja: "印刷は使えません", en: "printing is off")) }
            return printJob.run(document)
        }
        let outputs = TerminalApp.Outputs(print: print, log: { logFile?.append($0) })
        logFile?.append(UsageLogEntry(event: .start, edition: questionnaire.edition))
        defer {
            if let problem = logFile?.problem { printError("jcta: " + problem.en) }
        }
        if plain {
            try LineMode.runKiosk(questionnaire, language: rules.lang, studyDate: studyDate, settings: settings,
                                  print: outputs.print, log: outputs.log)
            return
        }
        let options = Terminal.Options(allowColor: FullScreen.allowsColor, locked: true)
        let terminal: Terminal
        do {
            terminal = try Terminal.start(options)
        } catch {
            switch error {
            case .dumbTerminal, .unknownTerminal, .noUTF8Locale:
                printError("jcta: \(error); the kiosk asks in lines")
                try LineMode.runKiosk(questionnaire, language: rules.lang, studyDate: studyDate, settings: settings,
                                      print: outputs.print, log: outputs.log)
                return
            case .notATerminal:
                printError("error: kiosk mode not started: it needs a terminal, and \(error)")
                throw ExitStatus.invalidInput.exitCode
            }
        }
        var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
        state.kiosk = Kiosk(settings: settings)
        state.trainingPlan = WelcomeTraining.plan(questionnaire)
        try FullScreen.run(&state, on: terminal, outputs: outputs, blankOnExit: true) { reason in
            outputs.log(UsageLogEntry(event: .stop, reason: reason))
        }
    }

    /// `--answers FILE`: everything about the file is checked, with the errors `jcta classify` gives, before
    /// the screen opens.
    private func resume(_ path: String) throws {
        let file = try AnswersFileReader.readOrExit(path)
        if let wanted = rules.edition, let saved = file.edition, wanted != saved {
            printError("error: \(path) holds answers for edition \(saved), not \(wanted); drop --edition or use --edition \(saved)")
            throw ExitStatus.invalidInput.exitCode
        }
        let questionnaire = try rules.load(fileEdition: file.edition, studyDate: file.studyDate)
        let otherNodes = rules.questionnaire == nil ? EditionCatalog.nodeIDs(ofEditionsOtherThan: questionnaire.edition) : []
        switch Classifier(questionnaire).classify(file.answers, otherEditionNodes: otherNodes) {
        case .success, .failure(.missingAnswer): break
        case .failure(let failure):
            let explained = AnswersFileReader.explain(failure, questionnaire: questionnaire, language: rules.lang)
            explained.print()
            throw explained.status.exitCode
        }
        // Read before the screen opens: an error printed on the full screen would vanish with it.
        let studyDate = try rules.parsedStudyDate() ?? file.studyDate
        guard let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) else {
            printError("error: --answers opens the full screen, and this terminal cannot show it; "
                       + "jcta classify --answers \(path) gives the result, or names the question still to answer")
            throw ExitStatus.invalidInput.exitCode
        }
        var state = FullScreen.state(questionnaire, language: rules.lang, studyDate: studyDate, on: terminal)
        state.resume(answers: file.answers, title: file.title)
        try FullScreen.run(&state, on: terminal)
    }


    private func runPlain(_ questionnaire: Questionnaire, studyDate: CivilDate?) throws {
        try LineMode.run(questionnaire, language: rules.lang, studyDate: studyDate)
    }
}
