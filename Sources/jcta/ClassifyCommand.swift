import ArgumentParser
import Foundation
import JCTACore

/// `jcta classify`: answers in, result out, for scripts and the research office.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify a study from an answers file (JSON).",
        discussion: """
        The answers file is JSON with these keys: "answers" (required: each question id with the chosen \
        choice id; `jcta questions --edition ID` lists them), "edition" (optional: "2019" or "2025"; default: \
        --edition, else the edition in force on the study date, else today's), "study_date" (optional, \
        YYYY-MM-DD: the planned start of the study; picks the edition and, when it is before 2025-05-31, shows \
        both editions with the transitional caveat), "title" (optional: the study title printed on the result; \
        --title overrides it). Example file: {"edition": "2025", "study_date": "2026-04-01", "title": "PPI \
        off-label study", "answers": {"exclusion": "none", "product": "drug", "use": "on_subjects"}}. \
        Example: jcta classify --answers study.json --format json. \
        Repeat --answers to classify many files in one run: JSON output is then an array, text and Markdown \
        put the documents one after another, HTML gives each result its own printed sheet; a file that fails is \
        reported by name and the others go on. HTML is one self-contained printable A4 page (no scripts, no \
        external files) with blank lines for the office's reviewer. \
        CSV is one table for a spreadsheet (UTF-8 with BOM, CRLF, every field quoted): a row per answers file \
        with file, title, edition, study date, screened on, class and class id, grounds, reason, number of \
        caveats, facts to confirm, cases and error; headers are in the --lang language, the class id column \
        keeps its English values (specified, clinical, out_of_scope, consult) for sorting and counting, and \
        cases are written "事例 3-10" / "case 3-10" so Excel keeps them as text. A file that fails is a row \
        with its error, and the exit code is that of the first failure. \
        To print the HTML page to PDF without the browser's header and footer: chromium --headless \
        --no-pdf-header-footer --print-to-pdf=result.pdf result.html (Chrome: the same flags).
        """
    )

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "The answers file, or - for standard input; repeat for several files.")
    var answers: [String] = []

    @Option(name: .long, help: "Output format: text, markdown, json, csv or html (a printable A4 page).")
    var format: ClassifyFormat = .text

    @OptionGroup var destination: OutputOptions

    @Option(name: .long, help: "Study title to put in the result.")
    var title: String?

    func validate() throws {
        guard !answers.isEmpty else { throw ValidationError("give an answers file with --answers FILE (or - for standard input)") }
        guard answers.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let screenedOn = CivilDate.today()
        let studyDate = try rules.parsedStudyDate()
        // Each edition is loaded once per run, however many answers files name it.
        let cache = RulesCache()
        var documents: [String] = []
        var rows: [CSVExport.Row] = []
        var firstFailure: ExitStatus?
        for path in answers {
            let source = path == "-" ? "<stdin>" : path
            do {
                let document = try classify(path, screenedOn: screenedOn, studyDate: studyDate, cache: cache)
                if let export = format.export { documents.append(document.rendered(as: export)) }
                rows.append(.result(file: source, document))
            } catch {
                error.messages.forEach(printError)
                rows.append(.failure(file: source, title: title, message: error.messages.joined(separator: "\n")))
                firstFailure = firstFailure ?? error.status
            }
        }
        if format == .csv || rows.contains(where: { if case .result = $0 { true } else { false } }) {
            let rendered: String
            switch format {
            case .csv: rendered = CSVExport.render(rows, language: rules.lang)
            // One page with a sheet per result.
            case .html: rendered = HTMLExport.render(rows.compactMap { if case .result(_, let document) = $0 { document } else { nil } })
            default: rendered = answers.count == 1 ? documents[0] : combined(documents)
            }
            try destination.write(rendered)
        }
        if let firstFailure { throw firstFailure.exitCode }
    }

    /// Several results as one valid document of the chosen format.
    private func combined(_ documents: [String]) -> String {
        switch format {
        case .json:
            return "[\n" + documents.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: ",\n") + "\n]\n"
        case .markdown:
            return documents.joined(separator: "\n---\n\n")
        case .text, .csv, .html:
            return documents.joined(separator: "\n" + String(repeating: "=", count: 72) + "\n\n")
        }
    }

    /// Why a file has no result: the exit status and the lines that explain it.
    struct Failure: Error {
        var status: ExitStatus
        var messages: [String]
    }

    /// Classifies one answers file; a problem is thrown with its exit status and explanation.
    private func classify(_ path: String, screenedOn: CivilDate, studyDate: CivilDate?, cache: RulesCache) throws(Failure) -> ResultDocument {
        let source = path == "-" ? "<stdin>" : path
        let prefix = answers.count > 1 ? "\(source): " : ""
        let file: AnswersFile
        do {
            file = try AnswersFileReader.read(path)
        } catch {
            throw Failure(status: error.status, messages: error.messages)
        }
        let questionnaire: Questionnaire
        do {
            questionnaire = try cache.rules(for: file, options: rules)
        } catch {
            throw Failure(status: .invalidInput, messages: ["error: the rules for this answers file could not be loaded (see above)"])
        }
        // The other editions' questions matter only for an answer this edition has no question for.
        let answersOtherQuestions = file.answers.keys.contains { questionnaire.node($0) == nil }
        let otherNodes = answersOtherQuestions ? cache.otherEditionNodes(than: questionnaire, options: rules) : []
        switch Classifier(questionnaire).classify(file.answers, otherEditionNodes: otherNodes) {
        case .success(let result):
            return ResultDocument(result: result, screenedOn: screenedOn, studyDate: studyDate ?? file.studyDate,
                                  studyTitle: title ?? file.title, language: rules.lang, answers: file.answers)
        case .failure(let failure):
            let explained = AnswersFileReader.explain(failure, questionnaire: questionnaire, language: rules.lang,
                                                      prefix: prefix)
            throw Failure(status: explained.status, messages: explained.messages)
        }
    }
}

/// The questionnaires a run has loaded, by what picked them, and the other editions' question ids, each
/// decoded only when first needed.
private final class RulesCache {
    private var loaded: [String: Questionnaire] = [:]
    private var otherNodes: [String: Set<String>] = [:]

    func rules(for file: AnswersFile, options: EditionOptions) throws -> Questionnaire {
        let key = "\(file.edition ?? "")|\(file.studyDate?.description ?? "")"
        if let found = loaded[key] { return found }
        let questionnaire = try options.load(fileEdition: file.edition, studyDate: file.studyDate)
        loaded[key] = questionnaire
        return questionnaire
    }

    /// The question ids of the embedded editions other than `questionnaire`'s; none for a --questionnaire file.
    func otherEditionNodes(than questionnaire: Questionnaire, options: EditionOptions) -> Set<String> {
        guard options.questionnaire == nil else { return [] }
        if let found = otherNodes[questionnaire.edition] { return found }
        let ids = EditionCatalog.nodeIDs(ofEditionsOtherThan: questionnaire.edition)
        otherNodes[questionnaire.edition] = ids
        return ids
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// What `classify` writes: a result document in one of the export formats, or one CSV table for all files.
enum ClassifyFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html

    /// The per-file document format; nil for CSV and HTML, which put every file in one table or page.
    var export: ExportFormat? {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .json: .json
        case .csv, .html: nil
        }
    }
}
