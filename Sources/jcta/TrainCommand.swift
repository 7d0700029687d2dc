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
        {"case_3_10": "対象外"}} (the booklet's template), a saved score sheet (JSON or Markdown), a CSV of \
        trainee,exercise,class, or a folder of them. A class is 1-4, its id (specified, clinical, out_of_scope, \
        consult) or its label, full-width characters too; an exercise is its id or the booklet's number; a blank \
        counts as unanswered. With the seed and count every exercise of the round is graded and a missing answer \
        counts as wrong; a seed without a count is refused.
        Sheets: however a round ends (q, Ctrl-C, closing the terminal, the end of input) its answers are kept, \
        marked incomplete, in --sheet or score-TRAINEE-seedN-DATE-TIME.md; a taken name gets -2, -3.
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

    @Option(name: .long, help: "With --answers: write each trainee's score sheet into this folder (created if missing), named by trainee, seed and time.")
    var sheetDir: String?

    @Option(name: .long, help: "Score sheet format: markdown or json (default: json for a .json file, else markdown).")
    var sheetFormat: SheetFormat?

    @Flag(name: .long, help: "Replace the --sheet file if it exists (otherwise the sheet gets a numbered name; default names are never replaced).")
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
        let session: TrainingSession
        do {
            session = try TrainingSession(pool: pool, selection: ScenarioSelection(filters: filter, count: count, seed: seed),
                                          trainee: trainee)
        } catch {
            printError(said("エラー: ", "error: ") + describe(error, pool: pool))
            throw ExitStatus.invalidInput.exitCode
        }
        var files = ScoreSheetFiles(language: rules.lang, force: force, format: sheetFormat, say: { print($0) })
        if !plain, let terminal = FullScreen.start(Terminal.Options(allowColor: FullScreen.allowsColor)) {
            var state = FullScreen.state(pool.questionnaire, language: rules.lang, studyDate: nil, on: terminal)
            state.trainingPlan = TrainingPlan(pool: pool, selection: session.selection, trainee: trainee)
            state.trainingSheetOnQuit = sheet
            state.keepsTrainingSheetOnQuit = true
            state.trainingSheetExtension = (sheetFormat ?? .markdown).fileExtension
            state.start(.training)
            var ending: Error?
            do { try FullScreen.run(&state, on: terminal) } catch { ending = error }
            try Self.keepAnswers(of: state, sheetNamed: sheet != nil, with: &files)
            if let ending { throw ending }
            return
        }
        SignalFlags.catchEndingSignals()
        var round = LineModeTraining(session: session, language: rules.lang)
        let ending = round.run()
        let scoreSheet = Self.stamped(round.session)
        if round.session.hasAnswers || ending == .finished {
            print("\n" + TrainingScoreText.summary(scoreSheet.score, language: rules.lang), terminator: "")
            print(TrainingScoreText.exercises(scoreSheet.records, language: rules.lang), terminator: "")
        }
        if sheet != nil {
            try files.write(scoreSheet, to: sheet)
        } else if ending == .finished {
            if let choice = round.offerToSave(scoreSheet) { try files.write(scoreSheet, to: choice) }
        } else if round.session.hasAnswers {
            try files.write(scoreSheet, to: nil)
        }
        switch ending {
        case .finished, .quit: return
        case .inputEnded:
            printError(said("入力が研修の途中で終わりました。得点は回答した設問についてのものです。",
                            "input ended before the round was finished; the score covers the exercises answered"))
            throw ExitStatus.missingAnswer.exitCode
        case .signalled(let signal):
            throw ExitStatus.ended(by: signal).exitCode
        }
    }

    /// However a full-screen round ended (q, a signal, the end), its answers are kept: in --sheet, or under the
    /// name the quit confirmation showed, or a default one; a sheet saved with e already holds them (unless
    /// --sheet names a file of its own). The welcome screen's round too.
    static func keepAnswers(of state: AppState, sheetNamed: Bool, with files: inout ScoreSheetFiles) throws {
        guard let round = state.training, round.session.hasAnswers, sheetNamed || !round.exported else { return }
        try files.write(stamped(round.session), to: state.trainingSheetOnQuit)
    }

    /// The round's sheet, stamped now.
    private static func stamped(_ session: TrainingSession) -> ScoreSheet {
        session.scoreSheet(date: CivilDate.today(), time: timeOfDay())
    }

    /// The local time of day, HH:MM:SS, for score sheets (their default names carry it).
    static func timeOfDay() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }

    /// A message in the run's language.
    private func said(_ ja: String, _ en: String) -> String {
        rules.lang == .ja ? ja : en
    }

    // MARK: - Grading a class

    /// One input that could not be graded, named with why.
    private struct Failure {
        var source: String
        var messages: [String]
    }

    /// Grades every answers file, CSV and saved sheet (JSON or Markdown) the inputs name (folders expanded),
    /// then prints the sheets or the report. A file that fails is named with its error and the rest are
    /// still graded.
    private func gradeAll(inputs: [String]) throws {
        var failures: [Failure] = []
        var files: [TraineeAnswersFile] = []
        for source in expand(inputs, failures: &failures) {
            do {
                let text = try read(source)
                let lowered = source.lowercased()
                if lowered.hasSuffix(".csv") {
                    files += try TraineeAnswersCSV.parse(text, file: source)
                } else if lowered.hasSuffix(".md") {
                    files.append(try TraineeAnswersFile.parse(markdownSheet: text, file: source))
                } else {
                    files.append(try TraineeAnswersFile.parse(text, file: source))
                }
            } catch let diagnostic as Diagnostic {
                failures.append(Failure(source: source, messages: [diagnostic.description]))
            } catch {
                failures.append(Failure(source: source, messages: [said("\(source): 読めません", "\(source): cannot be read")]))
            }
        }
        var sheets: [(file: TraineeAnswersFile, sheet: ScoreSheet)] = []
        let time = Self.timeOfDay()
        // One pool per edition named: keying every exercise is the costly part, and a class shares one.
        var pools: [String: TrainingPool] = [:]
        var unchecked: [String] = []
        for var file in files {
            if file.seed == nil, let seed {
                file.seed = seed
                file.count = file.count ?? count
                if file.filters.isEmpty { file.filters = filter }
            } else if file.count == nil, file.seed != nil, seed == nil || seed == file.seed {
                file.count = count
            }
            if file.seed == nil { unchecked.append(file.source) }
            do {
                let key = file.edition ?? ""
                let pool = try pools[key] ?? pool(for: file.edition)
                pools[key] = pool
                sheets.append((file, try BatchGrader.grade(file, pool: pool, date: CivilDate.today(), time: time)))
            } catch let list as DiagnosticList {
                failures.append(Failure(source: file.source, messages: list.diagnostics.map(\.description)))
            }
        }
        if !unchecked.isEmpty {
            printError(said("注意: 次の回答はシードと問題数が分からないため、出題範囲と照合せず答えた設問だけを採点しました（--seed と --count を指定してください）: ",
                            "warning: these answers name no round, so only the exercises answered were graded, not checked against the round (give --seed and --count): ")
                       + unchecked.joined(separator: ", "))
        }
        if !report.isEmpty {
            // The same person twice in a round is usually a sheet and the answers it was graded from.
            var seen: [String: String] = [:]
            for graded in sheets {
                guard let name = graded.sheet.trainee else { continue }
                let round = "\(graded.sheet.edition)|\(graded.sheet.seed.map(String.init) ?? "-")|\(graded.sheet.count.map(String.init) ?? "-")|\(name)"
                if let first = seen[round] {
                    printError(said("注意: \(name) は同じ回に2回あります（\(first) と \(graded.file.source)）。両方を数えます",
                                    "warning: \(name) is in the report twice for one round (\(first) and \(graded.file.source)); both are counted"))
                } else {
                    seen[round] = graded.file.source
                }
            }
            if !sheets.isEmpty {
                print(TrainingReport(sheets.map(\.sheet), sources: sheets.map(\.file.source))
                        .rendered(as: TrainingReportFormat(rawValue: (format ?? .markdown).rawValue) ?? .markdown, language: rules.lang),
                      terminator: "")
            }
        }
        // A sheet that cannot be written does not hide the inputs that could not be graded.
        var writeFailure: Error?
        if report.isEmpty {
            do { try printSheets(sheets) } catch { writeFailure = error }
        }
        for failure in failures {
            printError(said("エラー: \(failure.source) は採点していません:", "error: \(failure.source) was not graded:"))
            failure.messages.forEach { printError("  " + $0) }
        }
        if !failures.isEmpty {
            printError(said("\(failures.count + sheets.count)件中\(failures.count)件を採点できませんでした（上に挙げたもの）",
                            "\(failures.count) of \(failures.count + sheets.count) inputs were not graded (named above)"))
            throw ExitStatus.invalidInput.exitCode
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
        var files = ScoreSheetFiles(language: rules.lang, force: force, format: sheetFormat, say: { printError($0) })
        if let sheetDir {
            for graded in sheets { try files.write(graded.sheet, to: nil, in: sheetDir, fallback: .json) }
        } else if let sheet {
            guard sheets.count == 1 else {
                printError(said("エラー: --sheet には採点表を1つしか書けません。\(sheets.count)件を採点したので --sheet-dir を使ってください",
                                "error: --sheet takes one score sheet; \(sheets.count) were graded: use --sheet-dir"))
                throw ExitStatus.invalidInput.exitCode
            }
            try files.write(sheets[0].sheet, to: sheet)
        }
    }

    /// Inputs with folders replaced by their .json, .csv and Markdown score sheet files in name order; a
    /// missing path is a failure. A folder's other Markdown files (notes, a booklet) are passed over.
    private func expand(_ inputs: [String], failures: inout [Failure]) -> [String] {
        var sources: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            if input == "-" {
                sources.append(input)
            } else if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let found = names.filter { name in
                    let lowered = name.lowercased()
                    if lowered.hasSuffix(".json") || lowered.hasSuffix(".csv") { return true }
                    guard lowered.hasSuffix(".md") else { return false }
                    let path = (input as NSString).appendingPathComponent(name)
                    return (try? read(path))?.contains(TraineeAnswersFile.markdownMarker) == true
                }.sorted()
                if found.isEmpty {
                    failures.append(Failure(source: input, messages: [said("\(input): フォルダに回答ファイルも採点表（.json、.csv、.md）もありません",
                                                                          "\(input): the folder has no answers or score sheets (.json, .csv, .md)")]))
                }
                sources += found.map { (input as NSString).appendingPathComponent($0) }
            } else if FileManager.default.fileExists(atPath: input) {
                sources.append(input)
            } else {
                failures.append(Failure(source: input, messages: [said("\(input): ファイルもフォルダもありません", "\(input): no such file or folder")]))
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
