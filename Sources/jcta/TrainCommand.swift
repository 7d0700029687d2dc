import ArgumentParser
import Foundation
import JCTACore
import JCTAScreens
import JCTATerminal

/// `jcta train`: a line-mode training round on the scenarios, a batch grader for collected answers, and a
/// listing of the scenarios.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Practise classifying studies on training scenarios, or grade a trainee's answers file.",
        discussion: """
        On a terminal the round is full screen (e saves the score sheet at the end); with --plain, --sheet, \
        or when standard input or output is not a terminal, it runs as line prompts. A round shows each study description, asks for the class (1-4), offers to walk the tree (w) or skip \
        (s), then shows the right class, the path that decides it, the cases and articles, and why a wrong \
        pick was wrong. The same --seed gives every trainee the same scenarios in the same order.
        Examples: jcta train --count 10 --seed 7 --trainee "Sato" --sheet sato.md
                  jcta train --filter 3 --filter funding --seed 7
                  jcta train --answers answers.json --format markdown
                  jcta train --list
        Answers file: {"trainee": "…", "seed": 7, "edition": "2025", "answers": {"case_3_10": "out_of_scope"}}.
        Exit codes: 0 done, 1 sheet not written, 2 invalid input (unknown scenario, class or filter), 3 input \
        ended before the round was finished.
        """
    )

    enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
        case markdown, json

        var export: ExportFormat { self == .json ? .json : .markdown }
    }

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "Number of scenarios in the round (default: all that match).")
    var count: Int?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Only scenarios with any of these tags: 1, 2, 3 (casebook lists) or topics (see --list).")
    var filter: [String] = []

    @Option(name: .long, help: "Seed for the order of scenarios (default: a random one, printed so it can be reused).")
    var seed: UInt64?

    @Option(name: .long, help: "Trainee's name, put on the score sheet.")
    var trainee: String?

    @Option(name: .long, help: "Write the score sheet to this file (atomically).")
    var sheet: String?

    @Option(name: .long, help: "Score sheet format: markdown or json (default: json for a .json file, else markdown).")
    var sheetFormat: SheetFormat?

    @Flag(name: .long, help: "Replace --sheet if it exists.")
    var force = false

    @Option(name: .long, help: "Grade this trainee answers file (JSON, or - for standard input) instead of running a round.")
    var answers: String?

    @Option(name: .long, help: "Output of --answers and --list: text, markdown, json or html (--list: text or json).")
    var format: ExportFormat = .text

    @Flag(name: .long, help: "List the scenarios with their ids and tags.")
    var list = false

    @Flag(name: .long, help: "Ask as numbered line prompts even on a terminal (the round is full screen otherwise).")
    var plain = false

    func validate() throws {
        if list && answers != nil { throw ValidationError("--list and --answers cannot be used together") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let questionnaire: Questionnaire
        var answersFile: TraineeAnswersFile?
        if let answers {
            let file = try readAnswersFile(answers)
            answersFile = file
            questionnaire = try rules.load(fileEdition: file.edition)
        } else {
            questionnaire = try rules.load()
        }
        let pool = TrainingPool(scenarios: try loadScenarios(), questionnaire: questionnaire)
        for aside in pool.setAside {
            printError("warning: scenario '\(aside.scenario)' is left out: \(describe(aside.problem)) in edition \(questionnaire.edition)")
        }
        if list {
            try listScenarios(pool)
        } else if let answersFile {
            try grade(answersFile, pool: pool)
        } else {
            try runRound(pool)
        }
    }

    // MARK: - Round

    private func runRound(_ pool: TrainingPool) throws {
        let seed = self.seed ?? UInt64.random(in: 0...999_999)
        var session: TrainingSession
        do {
            session = try TrainingSession(pool: pool, selection: ScenarioSelection(filters: filter, count: count, seed: seed),
                                          trainee: trainee)
        } catch {
            printError("error: \(describe(error, pool: pool))")
            throw ExitStatus.invalidInput.exitCode
        }
        if !plain, sheet == nil, let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) {
            var state = FullScreen.state(pool.questionnaire, language: rules.lang, studyDate: nil, on: terminal)
            state.trainingPlan = TrainingPlan(pool: pool, selection: session.selection, trainee: trainee)
            state.start(.training)
            try FullScreen.run(&state, on: terminal)
            return
        }
        var round = LineModeTraining(session: session, language: rules.lang)
        let finished = round.run()
        session = round.session
        let scoreSheet = session.scoreSheet(date: CivilDate.today())
        print("\n" + TrainingScoreText.summary(scoreSheet.score, language: rules.lang), terminator: "")
        try writeSheet(scoreSheet)
        if !finished {
            printError("input ended before the round was finished; the score covers the scenarios answered")
            throw ExitStatus.missingAnswer.exitCode
        }
    }

    private func writeSheet(_ scoreSheet: ScoreSheet) throws {
        guard let sheet else { return }
        let format = sheetFormat ?? (sheet.lowercased().hasSuffix(".json") ? .json : .markdown)
        do {
            try AtomicFileWriter.write(scoreSheet.rendered(as: format.export, language: rules.lang), to: sheet, overwrite: force)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
        print(rules.lang == .ja ? "採点表を書き出しました: \(sheet)" : "Score sheet written: \(sheet)")
    }

    // MARK: - Batch grading

    private func readAnswersFile(_ path: String) throws -> TraineeAnswersFile {
        let source = path == "-" ? "<stdin>" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: path) else {
                printError("error: cannot read answers file \(path)")
                throw ExitStatus.ioFailure.exitCode
            }
            data = read
        }
        do {
            return try TraineeAnswersFile.parse(String(decoding: data, as: UTF8.self), file: source)
        } catch {
            printError(error.description)
            throw ExitStatus.invalidInput.exitCode
        }
    }

    private func grade(_ file: TraineeAnswersFile, pool: TrainingPool) throws {
        let scoreSheet: ScoreSheet
        do {
            scoreSheet = try BatchGrader.grade(file, pool: pool, date: CivilDate.today())
        } catch {
            error.diagnostics.forEach { printError($0.description) }
            throw ExitStatus.invalidInput.exitCode
        }
        print(scoreSheet.rendered(as: format, language: rules.lang), terminator: "")
        try writeSheet(scoreSheet)
    }

    // MARK: - Listing

    private struct ListedScenario: Encodable {
        var id: String
        var `case`: String?
        var tags: [String]
    }

    /// Ids, cases and tags only: a listing must not give away the classes.
    private func listScenarios(_ pool: TrainingPool) throws {
        let known = Set(pool.tags)
        let unknown = filter.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            printError("error: \(describe(.unknownFilters(unknown), pool: pool))")
            throw ExitStatus.invalidInput.exitCode
        }
        let shown = pool.items.filter { filter.isEmpty || !Set($0.scenario.tags).isDisjoint(with: filter) }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let rows = shown.map { ListedScenario(id: $0.id, case: $0.scenario.caseID, tags: $0.scenario.tags) }
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        let width = shown.map(\.id.count).max() ?? 0
        for item in shown {
            let caseColumn = (item.scenario.caseID.map { "(\($0))" } ?? "").padding(toLength: 8, withPad: " ", startingAt: 0)
            print(item.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + caseColumn
                  + item.scenario.tags.joined(separator: ", "))
        }
        print(rules.lang == .ja ? "\(shown.count)件（タグ: \(pool.tags.joined(separator: ", "))）"
                                : "\(shown.count) scenarios (tags: \(pool.tags.joined(separator: ", ")))")
    }

    // MARK: - Helpers

    private func loadScenarios() throws -> [TrainingScenario] {
        do {
            return try ScenarioLoader.loadEmbedded()
        } catch {
            // The embedded file is validated by the test suite; reaching here means a broken build.
            error.diagnostics.forEach { printError($0.description) }
            throw ExitStatus.invalidInput.exitCode
        }
    }

    private func describe(_ problem: ScenarioKey.Problem) -> String {
        switch problem {
        case .unanswered(let node): "it gives no answer to '\(node)'"
        case .unknownChoice(let node, let choice): "'\(choice)' is not a choice of '\(node)'"
        }
    }

    private func describe(_ problem: ScenarioSelection.Problem, pool: TrainingPool) -> String {
        switch problem {
        case .unknownFilters(let tags):
            "no scenario has the tag \(tags.map { "'\($0)'" }.joined(separator: ", ")); the tags are: \(pool.tags.joined(separator: ", "))"
        case .nothingSelected: "no scenario is usable with edition \(pool.questionnaire.edition)"
        case .countNotPositive(let count): "--count must be at least 1, not \(count)"
        }
    }
}

/// The round on standard input and output: numbered prompts, one answer per line, so it works typed or piped.
/// Returns false when input ends before the round is finished.
private struct LineModeTraining {
    var session: TrainingSession
    let language: Language

    mutating func run() -> Bool {
        say(TrainingPrompts.opening(session, language: language))
        while true {
            switch session.phase {
            case .finished:
                return true
            case .choosing:
                say(TrainingPrompts.scenario(session, language: language))
                guard let line = ask(TrainingPrompts.classPrompt(language)) else { return false }
                if let number = Int(line), TrainingPrompts.classes.indices.contains(number - 1) {
                    try? session.choose(TrainingPrompts.classes[number - 1])
                } else {
                    say(TrainingPrompts.invalid(language) + "\n")
                }
            case .offeringWalk:
                guard let line = ask(TrainingPrompts.walkOffer(language)) else { return false }
                switch line.lowercased() {
                case "w": try? session.startWalk()
                case "s": try? session.skipWalk()
                default: say(TrainingPrompts.invalid(language) + "\n")
                }
            case .walking:
                guard let node = session.walk?.currentNode else { return false }
                say(TrainingPrompts.question(node, language: language))
                guard let line = ask(TrainingPrompts.questionPrompt(node, language: language)) else { return false }
                if line.lowercased() == "b" {
                    try? session.walkBack()
                } else if line.lowercased() == "s" {
                    try? session.skipWalk()
                } else if let number = Int(line), node.choices.indices.contains(number - 1) {
                    try? session.answerWalk(index: number - 1)
                } else {
                    say(TrainingPrompts.invalid(language) + "\n")
                }
            case .feedback:
                if let feedback = session.feedback { say(TrainingPrompts.feedback(feedback, language: language)) }
                try? session.next()
            }
        }
    }

    private func say(_ text: String) {
        print(text, terminator: "")
        fflush(nil)  // all streams: stdout is a C global Swift 6 will not touch from here
    }

    /// Prompts and reads one trimmed line; nil at the end of input.
    private func ask(_ prompt: String) -> String? {
        say(prompt)
        guard let line = readLine() else {
            say("\n")
            return nil
        }
        // A piped answer is not echoed by a terminal; end the prompt line so the output stays readable.
        if isatty(STDIN_FILENO) == 0 { say(line + "\n") }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
