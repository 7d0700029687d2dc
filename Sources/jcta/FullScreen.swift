import ArgumentParser
import Foundation
import Glibc
import JCTACore
import JCTAScreens
import JCTATerminal

/// Runs the full-screen app for `jcta` and `jcta train`: the loop on a started terminal, the restore, and
/// how it ended as jcta's exit status.
enum FullScreen {
    /// Colour unless NO_COLOR is set and not empty.
    static var allowsColor: Bool {
        // getenv, not ProcessInfo: this is on the start-up path, and ProcessInfo copies the whole environment.
        guard let value = getenv("NO_COLOR") else { return true }
        return value.pointee == 0
    }

    /// Outputs for a run that neither prints nor logs (only a kiosk does).
    static var noOutputs: TerminalApp.Outputs {
        TerminalApp.Outputs(print: { _ in .other(LocalizedMessage(ja: "印刷は使えません", en: "printing is off")) },
                            log: { _ in })
    }

    /// Starts the terminal; nil when it cannot (plain prompts follow), saying why when that is worth saying.
    static func start(_ options: Terminal.Options) -> Terminal? {
        do {
            return try Terminal.start(options)
        } catch {
            switch error {
            case .notATerminal, .dumbTerminal: break
            case .unknownTerminal, .noUTF8Locale: printError("jcta: \(error); using plain prompts")
            }
            return nil
        }
    }

    static func state(_ questionnaire: Questionnaire, language: Language, studyDate: CivilDate?, on terminal: Terminal) -> AppState {
        let size = terminal.size
        return AppState(questionnaire: questionnaire, language: language, width: size.width, height: size.height,
                        studyDate: studyDate, clock: { LocalTimestamp.now() })
    }

    /// Runs the app; `blankOnExit` (a kiosk) leaves the screen and its scrollback blank however it ends.
    /// `ended` hears how it ended: `operator` (the app's own exit) or the signal's name.
    static func run(_ state: inout AppState, on terminal: Terminal, outputs: TerminalApp.Outputs = noOutputs,
                    blankOnExit: Bool = false, ended: (String) -> Void = { _ in }) throws {
        let ending = TerminalApp.run(&state, on: terminal, outputs: outputs)
        if blankOnExit { terminal.restoreBlank() } else { terminal.restore() }
        switch ending {
        case .finished(let status):
            ended("operator")
            if status != 0 { throw ExitCode(status) }
        case .signalled(let signal):
            ended(ExitStatus.name(of: signal))
            throw ExitStatus.ended(by: signal).exitCode
        }
    }
}
