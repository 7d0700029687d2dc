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
        abstract: "Practise classifying studies on training exercises; grade, report on and print a class's rounds.",
        discussion: """
        A round shows each exercise, asks for the class (1-4), offers to walk the tree (1) or go to the answer \
        (2), then shows the right class, what decides it, the teaching point, the path, the cases and articles. \
        On a terminal it is full screen (e saves the score sheet at the end); with --plain, or when standard \
        input or output is not a terminal, it runs as line prompts. The same --seed and --count give every \
        trainee the same exercises in the same order. --sheet writes the score sheet in both modes.
        Examples: jcta train --count 10 --seed 7 --trainee "Sato" --sheet sato.md
                  jcta train --booklet --seed 7 --count 10 --format html > round7.html
                  jcta train --answers answers/ --sheet-dir sheets/
                  jcta train --report sheets/ --format html > report.html
                  jcta train --list --seed 7 --count 10
        Answers: a JSON file {"trainee": "…", "seed": 7, "count": 10, "edition": "2025", "answers": \
        {"case_3_10": "対象外"}}, a saved JSON score sheet, a CSV of trainee,exercise,class, or a folder of \
        them; a class is written as 1-4, its id or its label. With a seed, every exercise of the round is \
        graded and a missing answer counts as wrong.
        Exit codes: 0 done, 1 a file not read or written, 2 invalid input (each bad file, exercise, class or \
        filter is named), 3 input ended before the round was finished.
        """
    )

    enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
        case markdown, json

        var export: ExportFormat { self == .json ? .json : .markdown }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, csv, html
    }

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "Number of exercises in the round (default: all that match).")
    var count: Int?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Only exercises with any of these tags: 1, 2, 3 (casebook lists) or topics (see --list).")
    var filter: [String] = []

    @Option(name: .long, help: "Seed for the choice and order of exercises (default: a random one, printed so it can be reused).")
    var seed: UInt64?

    @Option(name: .long, help: "Trainee's name, put on the score sheet.")
    var trainee: String?

    @Option(name: .long, help: "Write the score sheet to this file (atomically), in full screen and line mode.")
    var sheet: String?

    @Option(name: .long, help: "With --answers: write each trainee's score sheet into this folder, named by trainee, seed and time.")
    var sheetDir: String?

    @Option(name: .long, help: "Score sheet format: markdown or json (default: json for a .json file, else markdown).")
    var sheetFormat: SheetFormat?

    @Flag(name: .long, help: "Replace --sheet if it exists.")
    var force = false

    @Option(name: .long, parsing: .upToNextOption,
            help: "Grade answers: JSON answers files, saved JSON score sheets, CSV files (trainee,exercise,class) or folders of them; - is standard input.")
    var answers: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Report on a class: score sheets or answers files, as for --answers.")
    var report: [String] = []

    @Flag(name: .long, help: "Print the round of --seed and --count for paper: the exercises, the answer key and an answers template.")
    var booklet = false

    @Option(name: .long, help: "Output format: text, markdown, json or html (--answers); text or json (--list); markdown, csv, json or html (--report); markdown or html (--booklet).")
    var format: OutputFormat?

    @Flag(name: .long, help: "List the exercises (with --seed, the round of --seed and --count in its order) with their titles and right class.")
    var list = false

    @Flag(name: .long, help: "Ask as numbered line prompts even on a terminal (the round is full screen otherwise).")
    var plain = false

    func validate() throws {
        let modes = [list, !answers.isEmpty, !report.isEmpty, booklet].filter { $0 }.count
        if modes > 1 { throw ValidationError("use only one of --list, --answers, --report and --booklet") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if booklet && seed == nil { throw ValidationError("--booklet needs --seed (and usually --count): the round it prints") }
        let allowed: [OutputFormat] = if !report.isEmpty { [.markdown, .csv, .json, .html] }
            else if booklet { [.markdown, .html] } else if list { [.text, .json] } else { [.text, .markdown, .json, .html] }
        if let format, !allowed.contains(format) {
            throw ValidationError("--format \(format.rawValue) is not available here; use one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        if sheetDir != nil && answers.isEmpty { throw ValidationError("--sheet-dir is used with --answers") }
    }

    func run() throws {
        if !answers.isEmpty || !report.isEmpty {
            try gradeAll(inputs: answers.isEmpty ? report : answers)
            return
        }
        let pool = try pool(for: nil)
        if list {
            try listScenarios(pool)
        } else if booklet {
            try printBooklet(pool)
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
        if !plain, let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) {
            var state = FullScreen.state(pool.questionnaire, language: rules.lang, studyDate: nil, on: terminal)
            state.trainingPlan = TrainingPlan(pool: pool, selection: session.selection, trainee: trainee)
            state.trainingSheetOnQuit = sheet
            state.trainingSheetExtension = sheetFormat == .json ? "json" : "md"
            state.start(.training)
            try FullScreen.run(&state, on: terminal)
            // A round quit part-way is kept (marked incomplete) where the quit confirmation said, as from the
            // welcome screen; a finished one goes to --sheet.
            if try UnfinishedRound.keep(state, format: sheetFormat?.export, overwrite: force) { return }
            guard let round = state.training, !round.session.records.isEmpty, sheet != nil else { return }
            try writeSheet(round.session.scoreSheet(date: CivilDate.today(), time: Self.timeOfDay()))
            return
        }
        let fileExtension = sheetFormat == .json ? "json" : "md"
        var round = LineModeTraining(session: session, language: rules.lang) { [sheet] session in
            sheet ?? session.scoreSheet(date: CivilDate.today(), time: Self.timeOfDay()).defaultFileName(extension: fileExtension)
        }
        let finished = round.run()
        if round.quitBeforeAnswering { return }
        session = round.session
        let scoreSheet = session.scoreSheet(date: CivilDate.today(), time: Self.timeOfDay())
        print("\n" + TrainingScoreText.summary(scoreSheet.score, language: rules.lang), terminator: "")
        if let kept = round.keptOnQuit {
            // The trainee chose to stop: not an error, and nothing answered is lost.
            try UnfinishedRound.write(scoreSheet, to: kept, format: sheetFormat?.export, overwrite: force, language: rules.lang)
            return
        }
        if sheet != nil {
            try writeSheet(scoreSheet)
        } else if finished, let path = round.offerToSave(scoreSheet) {
            try writeSheet(scoreSheet, to: path)
        }
        if !finished {
            printError("input ended before the round was finished; the score covers the exercises answered")
            throw ExitStatus.missingAnswer.exitCode
        }
    }

    private func writeSheet(_ scoreSheet: ScoreSheet, to path: String? = nil) throws {
        guard let path = path ?? sheet else { return }
        let format = sheetFormat ?? (path.lowercased().hasSuffix(".json") ? .json : .markdown)
        do {
            try AtomicFileWriter.write(scoreSheet.rendered(as: format.export, language: rules.lang), to: path, overwrite: force)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
        print(rules.lang == .ja ? "採点表を書き出しました: \(path)" : "Score sheet written: \(path)")
    }

    /// The local time of day, HH:MM, for score sheets.
    static func timeOfDay() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: Date())
    }

    // MARK: - Grading a class

    /// One input that could not be graded, named with why.
    private struct Failure {
        var source: String
        var messages: [String]
    }

    /// Grades every answers file, CSV and saved sheet the inputs name (folders expanded), then prints the
    /// sheets or the report. A file that fails is named with its error and the rest are still graded.
    private func gradeAll(inputs: [String]) throws {
        var failures: [Failure] = []
        var files: [TraineeAnswersFile] = []
        for source in expand(inputs, failures: &failures) {
            do {
                let text = try read(source)
                let parsed = source.lowercased().hasSuffix(".csv")
                    ? try TraineeAnswersCSV.parse(text, file: source) : [try TraineeAnswersFile.parse(text, file: source)]
                files += parsed
            } catch let diagnostic as Diagnostic {
                failures.append(Failure(source: source, messages: [diagnostic.description]))
            } catch {
                failures.append(Failure(source: source, messages: ["\(source): cannot be read"]))
            }
        }
        var sheets: [(file: TraineeAnswersFile, sheet: ScoreSheet)] = []
        let time = Self.timeOfDay()
        // One pool per edition named: keying every exercise is the costly part, and a class shares one.
        var pools: [String: TrainingPool] = [:]
        for var file in files {
            if file.seed == nil, let seed {
                file.seed = seed
                file.count = file.count ?? count
                if file.filters.isEmpty { file.filters = filter }
            }
            do {
                let key = file.edition ?? ""
                let pool = try pools[key] ?? pool(for: file.edition)
                pools[key] = pool
                sheets.append((file, try BatchGrader.grade(file, pool: pool, date: CivilDate.today(), time: time)))
            } catch let list as DiagnosticList {
                failures.append(Failure(source: file.source, messages: list.diagnostics.map(\.description)))
            }
        }
        if !report.isEmpty {
            // The same person twice in a round is usually a sheet and the answers it was graded from.
            var seen: [String: String] = [:]
            for graded in sheets {
                guard let name = graded.sheet.trainee else { continue }
                let round = "\(graded.sheet.edition)|\(graded.sheet.seed.map(String.init) ?? "-")|\(graded.sheet.count.map(String.init) ?? "-")|\(name)"
                if let first = seen[round] {
                    printError("warning: \(name) is in the report twice for one round (\(first) and \(graded.file.source)); both are counted")
                } else {
                    seen[round] = graded.file.source
                }
            }
            if !sheets.isEmpty {
                print(TrainingReport(sheets.map(\.sheet)).rendered(as: TrainingReportFormat(rawValue: (format ?? .markdown).rawValue) ?? .markdown,
                                                                  language: rules.lang), terminator: "")
            }
        }
        // A sheet that cannot be written does not hide the inputs that could not be graded.
        var writeFailure: Error?
        if report.isEmpty {
            do { try printSheets(sheets) } catch { writeFailure = error }
        }
        for failure in failures {
            printError("error: \(failure.source) was not graded:")
            failure.messages.forEach { printError("  " + $0) }
        }
        if !failures.isEmpty {
            printError("\(failures.count) of \(failures.count + sheets.count) inputs were not graded (named above)")
        }
        if let writeFailure { throw writeFailure }
        if !failures.isEmpty { throw ExitStatus.invalidInput.exitCode }
    }

    private func printSheets(_ sheets: [(file: TraineeAnswersFile, sheet: ScoreSheet)]) throws {
        let format = self.format ?? .text
        let export: ExportFormat = switch format {
        case .json: .json
        case .markdown: .markdown
        case .html: .html
        default: .text
        }
        if export == .json && sheets.count > 1 {
            print("[\n" + sheets.map { $0.sheet.rendered(as: .json, language: rules.lang).trimmingCharacters(in: .newlines) }
                .joined(separator: ",\n") + "\n]")
        } else {
            for (index, graded) in sheets.enumerated() {
                if index > 0 { print(export == .markdown ? "\n---\n" : "\n") }
                print(graded.sheet.rendered(as: export, language: rules.lang), terminator: "")
            }
        }
        if let sheetDir {
            // A trainer names the folder for this round's sheets; it need not exist yet.
            do {
                try FileManager.default.createDirectory(atPath: sheetDir, withIntermediateDirectories: true)
            } catch {
                printError("error: cannot create the folder \(sheetDir) for the score sheets: \(error.localizedDescription)")
                throw ExitStatus.ioFailure.exitCode
            }
            for graded in sheets {
                let kind = sheetFormat ?? .json
                let path = (sheetDir as NSString).appendingPathComponent(graded.sheet.defaultFileName(extension: kind == .json ? "json" : "md"))
                try writeSheet(graded.sheet, to: path, format: kind)
            }
        } else if let sheet {
            guard sheets.count == 1 else {
                printError("error: --sheet takes one score sheet; \(sheets.count) were graded: use --sheet-dir")
                throw ExitStatus.invalidInput.exitCode
            }
            try writeSheet(sheets[0].sheet, to: sheet)
        }
    }

    private func writeSheet(_ scoreSheet: ScoreSheet, to path: String, format: SheetFormat) throws {
        do {
            try AtomicFileWriter.write(scoreSheet.rendered(as: format.export, language: rules.lang), to: path, overwrite: force)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
        printError(rules.lang == .ja ? "採点表を書き出しました: \(path)" : "Score sheet written: \(path)")
    }

    /// Inputs with folders replaced by their .json and .csv files in name order; a missing path is a failure.
    private func expand(_ inputs: [String], failures: inout [Failure]) -> [String] {
        var sources: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            if input == "-" {
                sources.append(input)
            } else if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let found = names.filter { $0.lowercased().hasSuffix(".json") || $0.lowercased().hasSuffix(".csv") }.sorted()
                if found.isEmpty { failures.append(Failure(source: input, messages: ["\(input): the folder has no .json or .csv files"])) }
                sources += found.map { (input as NSString).appendingPathComponent($0) }
            } else if FileManager.default.fileExists(atPath: input) {
                sources.append(input)
            } else {
                failures.append(Failure(source: input, messages: ["\(input): no such file or folder"]))
            }
        }
        return sources
    }

    private struct Unreadable: Error {}

    private func read(_ source: String) throws -> String {
        if source == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        guard let data = FileManager.default.contents(atPath: source) else { throw Unreadable() }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Listing and booklet

    private struct ListedScenario: Encodable {
        var id: String
        var title: LocalizedText
        var `case`: String?
        var tags: [String]
        var expected: String
    }

    /// The trainer's listing: with --seed, the round in its order; each exercise's title and right class.
    private func listScenarios(_ pool: TrainingPool) throws {
        let known = Set(pool.tags)
        let unknown = filter.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            printError("error: \(describe(.unknownFilters(unknown), pool: pool))")
            throw ExitStatus.invalidInput.exitCode
        }
        let shown: [TrainingItem]
        if let seed {
            shown = try select(ScenarioSelection(filters: filter, count: count, seed: seed), pool: pool)
        } else {
            let matching = pool.items.filter { filter.isEmpty || !Set($0.scenario.tags).isDisjoint(with: filter) }
            shown = Array(matching.prefix(count ?? matching.count))
        }
        let lang = rules.lang
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let rows = shown.map { ListedScenario(id: $0.id, title: $0.scenario.title, case: $0.scenario.caseID, tags: $0.scenario.tags,
                                                  expected: $0.expected.rawValue) }
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        let width = shown.map(\.id.count).max() ?? 0
        for (index, item) in shown.enumerated() {
            let caseColumn = (item.scenario.caseID.map { "(\($0))" } ?? "").padding(toLength: 8, withPad: " ", startingAt: 0)
            print(String(format: "%2d. ", index + 1) + item.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + caseColumn
                  + Self.padded(item.expected.shortLabel[lang], to: 12) + "  " + item.scenario.title[lang])
        }
        let edition = pool.questionnaire.edition
        print(lang == .ja ? "\(shown.count)問（正解は\(edition)年版）" : "\(shown.count) exercises (right class under edition \(edition))")
        print(lang == .ja ? "--filter に使えるタグ:" : "Tags for --filter:")
        for tag in pool.tags { print("  \(tag)  \(TrainingTags.label(tag)[lang])") }
    }

    /// Text padded with spaces to a display width (Japanese takes two columns a character).
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
    }

    private func printBooklet(_ pool: TrainingPool) throws {
        var pools = [pool]
        if rules.questionnaire == nil {
            for entry in EditionCatalog.entries where entry.id != pool.questionnaire.edition {
                if let other = try? entry.load() { pools.append(TrainingPool(scenarios: try loadScenarios(), questionnaire: other)) }
            }
        }
        do {
            let booklet = try TrainingBooklet(pools: pools, selection: ScenarioSelection(filters: filter, count: count, seed: seed!))
            print(booklet.rendered(as: format == .html ? .html : .markdown, language: rules.lang), terminator: "")
        } catch {
            printError("error: \(describe(error, pool: pool))")
            throw ExitStatus.invalidInput.exitCode
        }
    }

    // MARK: - Helpers

    private func select(_ selection: ScenarioSelection, pool: TrainingPool) throws -> [TrainingItem] {
        do {
            return try selection.select(from: pool)
        } catch {
            printError("error: \(describe(error, pool: pool))")
            throw ExitStatus.invalidInput.exitCode
        }
    }

    /// The exercises keyed under the edition an answers file names (nil: the edition chosen by the flags),
    /// with a warning for any that cannot be used with it.
    private func pool(for edition: String?) throws -> TrainingPool {
        let questionnaire = try rules.load(fileEdition: edition)
        let pool = TrainingPool(scenarios: try loadScenarios(), questionnaire: questionnaire)
        for aside in pool.setAside {
            printError("warning: exercise '\(aside.scenario)' is left out: \(describe(aside.problem)) in edition \(questionnaire.edition)")
        }
        return pool
    }

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
            "no exercise has the tag \(tags.map { "'\($0)'" }.joined(separator: ", ")); the tags are: \(pool.tags.joined(separator: ", "))"
        case .nothingSelected: "no exercise is usable with edition \(pool.questionnaire.edition)"
        case .countNotPositive(let count): "--count must be at least 1, not \(count)"
        }
    }
}

/// The round on standard input and output: numbered prompts, one answer per line, so it works typed or piped.
/// Returns false when input ends before the round is finished.
private struct LineModeTraining {
    var session: TrainingSession
    let language: Language
    /// Where the answers so far go if the trainee quits part-way (`--sheet`, or the sheet's default name).
    let sheetOnQuit: (TrainingSession) -> String
    /// Set when the trainee confirmed `q`: the round ends and the answers so far are kept here.
    private(set) var keptOnQuit: String?
    /// `q` before the first answer: nothing to keep, so nothing is asked, as in the full screen.
    private(set) var quitBeforeAnswering = false

    mutating func run() -> Bool {
        say(TrainingPrompts.opening(session, language: language))
        while true {
            switch session.phase {
            case .finished:
                return true
            case .choosing:
                say(TrainingPrompts.scenario(session, language: language))
                guard let line = ask(TrainingPrompts.classPrompt(language)) else { return false }
                if line.lowercased() == "q" {
                    if confirmsQuit() { return false }
                } else if let number = Int(line), TrainingPrompts.classes.indices.contains(number - 1) {
                    try? session.choose(TrainingPrompts.classes[number - 1])
                } else {
                    say(TrainingPrompts.invalid(language) + "\n")
                }
            case .offeringWalk:
                guard let line = ask(TrainingPrompts.walkOffer(language)) else { return false }
                switch line.lowercased() {
                case "q": if confirmsQuit() { return false }
                case "1": try? session.startWalk()
                case "2": try? session.skipWalk()
                default: say(TrainingPrompts.invalid(language) + "\n")
                }
            case .walking:
                guard let node = session.walk?.currentNode else { return false }
                say(TrainingPrompts.question(node, number: session.questionnaire.questionNumber(node.id) ?? 0, language: language))
                guard let line = ask(TrainingPrompts.questionPrompt(node, language: language)) else { return false }
                if line.lowercased() == "q" {
                    if confirmsQuit() { return false }
                } else if line.lowercased() == "b" {
                    try? session.walkBack()
                } else if line.lowercased() == "s" {
                    try? session.skipWalk()
                } else if line == "?" {
                    say(TrainingPrompts.help(node, questionnaire: session.questionnaire, language: language))
                } else if line.lowercased() == "c" {
                    say(TrainingPrompts.cases(node, questionnaire: session.questionnaire, language: language))
                } else if line.lowercased() == "t", let scenario = session.current?.scenario {
                    say("\n" + scenario.description[language] + "\n")
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

    /// `q`: asks first, naming the file; yes ends the round with the answers so far to be kept there.
    private mutating func confirmsQuit() -> Bool {
        if session.records.isEmpty {
            quitBeforeAnswering = true
            return true
        }
        let path = sheetOnQuit(session)
        guard let line = ask(TrainingPrompts.quitConfirmation(path, language: language)) else { return false }
        guard ["y", "yes", "はい"].contains(line.lowercased()) else { return false }
        keptOnQuit = path
        return true
    }

    /// At the end of a finished round: offers to save the sheet under a name unique to the trainee; returns
    /// the path chosen, or nil (declined, or input ended).
    func offerToSave(_ sheet: ScoreSheet) -> String? {
        let suggested = sheet.defaultFileName(extension: "md")
        guard let line = ask(TrainingPrompts.saveOffer(suggested, language: language)) else { return nil }
        switch line.lowercased() {
        case "", "n", "no": return nil
        case "y", "yes": return suggested
        default: return line
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
