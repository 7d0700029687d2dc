import ArgumentParser
import Foundation
import JCTACore

/// `jcta compare --answers FILE`: how one study fares under every embedded edition, and why they differ.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Classify an answers file under every edition side by side, with what makes them differ.",
        discussion: """
        For each embedded edition: the class and its grounds (the provisions the result cites), or the \
        question the file still needs to answer for that edition (a question only one edition asks is named \
        as such) with what each answer would lead to there, found by classifying with that answer. For every \
        difference between two editions: a sentence naming the question (by its number on the path), the \
        answer, the class it leads to and the rule; each edition lists the caveats the others lack. HTML is a \
        printable page with blank lines for the office's reviewer; to make a PDF without the browser's header \
        and footer: chromium --headless --no-pdf-header-footer --print-to-pdf=compare.pdf compare.html. When \
        the study date (--study-date, else the file's study_date) falls before an edition came into force and \
        the screening date after, the output says which transitional provisions decide. \
        Example: jcta compare --answers study.json --format markdown --lang en. \
        Exit codes: 0 at least one edition classified, 2 invalid input, 3 no edition could be classified \
        because answers are missing, 1 file not written.
        """
    )

    @Option(name: .long, help: "The answers file, or - for standard input.")
    var answers: String

    @Option(name: .long, help: "Output format: text, markdown, json or html (a printable page).")
    var format: ExportFormat = .text

    @Option(name: .long, help: "Language of text, Markdown and HTML output: ja or en.")
    var lang: Language = .ja

    @Option(name: .long, help: "Planned study start date, YYYY-MM-DD (default: the file's study_date).")
    var studyDate: String?

    @Option(name: .long, help: "Study title to put in the comparison.")
    var title: String?

    @OptionGroup var destination: OutputOptions

    func run() throws {
        let file = try AnswersFileReader.readOrExit(answers)
        var date = file.studyDate
        if let studyDate {
            date = try StudyDateOption.parse(studyDate)
        }
        var editions: [Questionnaire] = []
        for entry in EditionCatalog.entries {
            do {
                editions.append(try entry.load())
            } catch {
                // An embedded edition is validated by the test suite; reaching here means a broken build.
                error.diagnostics.forEach { printError($0.description) }
                throw ExitStatus.invalidInput.exitCode
            }
        }
        let screenedOn = CivilDate.today()
        let studyTitle = (title ?? file.title).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let comparison = EditionComparison(answers: file.answers, editions: editions, studyDate: date, screenedOn: screenedOn)
        let rendered: String
        switch format {
        case .json:
            rendered = ComparisonExport.json(comparison, screenedOn: screenedOn, studyDate: date, studyTitle: studyTitle)
        case .markdown, .text, .html:
            let sections = ComparisonSections(comparison, screenedOn: screenedOn, studyDate: date, studyTitle: studyTitle,
                                              language: lang, answerIDs: format != .html)
            switch format {
            case .markdown: rendered = ComparisonExport.markdown(sections)
            case .html: rendered = ComparisonExport.html(sections, language: lang)
            default: rendered = ComparisonExport.text(sections)
            }
        }
        try destination.write(rendered)
        if comparison.nothingClassified {
            let invalid = comparison.columns.contains { if case .invalid = $0.verdict { true } else { false } }
            throw (invalid ? ExitStatus.invalidInput : ExitStatus.missingAnswer).exitCode
        }
    }
}
