import Foundation
import Glibc
import JCTACore
import JCTAScreens
import JCTATerminal

/// The round on standard input and output: numbered prompts, one answer per line, so it works typed or piped.
/// The keys are the full screen's (classes 1-4, 1 walk / 2 answer, digits in the tree, b back, ? help, c cases,
/// t the exercise, q quits after asking); s stops a walk, where the screen has Esc. At a terminal the text is
/// wrapped to its width and the feedback waits for Enter before the next exercise.
struct LineModeTraining {
    enum Ending: Equatable {
        case finished
        /// q, confirmed.
        case quit
        case inputEnded
        case signalled(Int32)
    }

    var session: TrainingSession
    let language: Language
    private let atTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    private let console = LineConsole()

    init(session: TrainingSession, language: Language) {
        self.session = session
        self.language = language
    }

    private enum Read {
        case line(String)
        case ended(Ending)
    }

    mutating func run() -> Ending {
        say(TrainingPrompts.opening(session, language: language))
        while true {
            switch session.phase {
            case .finished:
                return .finished
            case .choosing:
                say(TrainingPrompts.scenario(session, language: language))
                guard case .line(let line) = ask(TrainingPrompts.classPrompt(language)) else { return ending }
                if line == "q" {
                    if let quit = confirmQuit() { return quit }
                } else if let number = Int(line), TrainingPrompts.classes.indices.contains(number - 1) {
                    try? session.choose(TrainingPrompts.classes[number - 1])
                } else {
                    say(TrainingPrompts.invalid(language, valid: TrainingPrompts.classKeys(language)))
                }
            case .offeringWalk:
                guard case .line(let line) = ask(TrainingPrompts.walkOffer(language)) else { return ending }
                switch line {
                case "1": try? session.startWalk()
                case "2": try? session.skipWalk()
                case "q": if let quit = confirmQuit() { return quit }
                default: say(TrainingPrompts.invalid(language, valid: TrainingPrompts.walkOfferKeys(language)))
                }
            case .walking:
                guard let node = session.walk?.currentNode else { return .inputEnded }
                say(TrainingPrompts.question(node, number: session.questionnaire.questionNumber(node.id) ?? 0, language: language))
                guard case .line(let line) = ask(TrainingPrompts.questionPrompt(node, language: language)) else { return ending }
                switch line {
                case "b": try? session.walkBack()
                case "s", "\u{1b}": try? session.skipWalk()
                case "?": say(TrainingPrompts.help(node, questionnaire: session.questionnaire, language: language))
                case "c": say(TrainingPrompts.cases(node, questionnaire: session.questionnaire, language: language))
                case "t": if let scenario = session.current?.scenario { say("\n" + scenario.description[language] + "\n") }
                case "q": if let quit = confirmQuit() { return quit }
                default:
                    if let number = Int(line), node.choices.indices.contains(number - 1) {
                        try? session.answerWalk(index: number - 1)
                    } else {
                        say(TrainingPrompts.invalid(language, valid: TrainingPrompts.walkKeys(node, language: language)))
                    }
                }
            case .feedback:
                if let feedback = session.feedback { say(TrainingPrompts.feedback(feedback, language: language)) }
                // At a terminal the feedback waits: it is long, and the next exercise would scroll it away.
                if atTerminal, session.index + 1 < session.items.count {
                    guard case .line(let line) = ask(TrainingPrompts.nextPrompt(language)) else { return ending }
                    if line == "q", let quit = confirmQuit() {
                        try? session.next()
                        return quit
                    }
                }
                try? session.next()
            }
        }
    }

    /// At the end of a finished round: offers to save the sheet under its default name; returns nil (declined,
    /// or input ended) or the path chosen (nil path: the default name).
    mutating func offerToSave(_ sheet: ScoreSheet) -> String?? {
        let suggested = sheet.defaultFileName(extension: "md")
        guard case .line(let line) = ask(TrainingPrompts.saveOffer(suggested, language: language)) else { return nil }
        switch line.lowercased() {
        case "", "n", "no": return nil
        case "y", "yes": return .some(nil)
        default: return .some(line)
        }
    }

    /// How the last read that gave no line ended.
    private var ending: Ending = .inputEnded

    /// q: asks first; nil to go on. Before any answer or pick there is nothing to keep, so it quits at once, as
    /// the full screen does.
    private mutating func confirmQuit() -> Ending? {
        guard session.hasAnswers else { return .quit }
        guard case .line(let line) = ask(TrainingPrompts.quitConfirmation(language)) else { return .inputEnded }
        return ["y", "yes", "はい"].contains(line.lowercased()) ? .quit : nil
    }

    private func say(_ text: String) {
        let shown = atTerminal ? TextWrap.lines(text, width: Self.terminalWidth).joined(separator: "\n") : text
        print(shown, terminator: "")
        fflush(nil)  // all streams: stdout is a C global Swift 6 will not touch from here
    }

    /// Prompts and reads one trimmed line; the end of input or an ending signal (which interrupts the read)
    /// ends the round.
    private mutating func ask(_ prompt: String) -> Read {
        if let signal = SignalFlags.takeEndingSignal() { return end(.signalled(signal)) }
        say(prompt)
        var read = console.read(timeout: 1)
        // The wait is cut into seconds: a signal may be taken by another thread and not interrupt the read.
        while read == .timedOut {
            if let signal = SignalFlags.takeEndingSignal() {
                say("\n")
                return end(.signalled(signal))
            }
            read = console.read(timeout: 1)
        }
        guard case .line(let line) = read else {
            say("\n")
            if let signal = SignalFlags.takeEndingSignal() { return end(.signalled(signal)) }
            return end(.inputEnded)
        }
        // A piped answer is not echoed by a terminal; end the prompt line so the output stays readable.
        if isatty(STDIN_FILENO) == 0 { say(line + "\n") }
        return .line(line.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private mutating func end(_ ending: Ending) -> Read {
        self.ending = ending
        return .ended(ending)
    }

    private static var terminalWidth: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
