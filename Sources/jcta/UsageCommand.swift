import ArgumentParser
import Foundation
import JCTACore

/// `jcta usage LOG.jsonl…`: a report from what kiosks log (`jcta --kiosk --log FILE`).
struct UsageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Summarise kiosk usage logs: screenings per day, week or month, class mix, editions, median duration.",
        discussion: """
        Reads the JSON Lines a kiosk writes with --log: one JSON object a line, one line per finished \
        screening, with the fields "time" (when the kiosk logged it, as it reset for the next person: local time with its UTC \
        offset, ISO 8601 to the second: 2026-04-01T09:05:07+09:00; the day counted is the date part as \
        written), "edition" (the edition used, e.g. "2025"), "class" (the result: "specified" 特定臨床研究, \
        "clinical" 臨床研究（特定臨床研究以外）, "out_of_scope" 法の対象外, "consult" 要相談) and \
        "duration_seconds" (from starting the screening to its last result, rounded to whole seconds). Example line: \
        {"class":"clinical","duration_seconds":95,"edition":"2025","time":"2026-04-01T09:05:07+09:00"}. \
        A line that cannot be read (malformed, truncated, a field missing) is listed by file, line and reason \
        and left out; the report goes on. Every period from the first screening to the last is a row, with 0 \
        for a period with none. Weeks are ISO 8601 weeks (Monday first). --lang sets the language of the \
        whole report: Markdown text, the CSV column headers and the notes on standard error. \
        Example: jcta usage kiosk-*.jsonl --by month --format csv --output usage.csv. \
        Exit codes: 0 done, 1 a log could not be read or the report not written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv, json
    }

    @Argument(help: "The usage logs (JSON Lines); - for standard input.")
    var logs: [String]

    @Option(name: .long, help: "Group by day, week or month.")
    var by: UsageReport.Grouping = .day

    @Option(name: .long, help: "Output format: markdown, csv or json.")
    var format: Format = .markdown

    @Option(name: .long, help: "Language of the report (Markdown, CSV headers, notes): ja or en.")
    var lang: Language = .ja

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        guard !logs.isEmpty else { throw ValidationError("name at least one usage log") }
    }

    func run() throws {
        var files: [(name: String, text: String)] = []
        var unreadable = false
        for path in logs {
            let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
            guard let data else {
                printError(lang == .ja ? "エラー: 利用記録 \(path) を読めません" : "error: cannot read usage log \(path)")
                unreadable = true
                continue
            }
            files.append((path == "-" ? "<stdin>" : path, String(decoding: data, as: UTF8.self)))
        }
        let report = UsageReport(files: files, by: by)
        let rendered: String
        switch format {
        case .markdown: rendered = UsageReportExport.markdown(report, language: lang)
        case .csv: rendered = UsageReportExport.csv(report, language: lang)
        case .json: rendered = UsageReportExport.json(report)
        }
        if !report.problems.isEmpty {
            printError(lang == .ja
                ? "注: \(report.problems.count) 行を読めなかったため集計に含めていません。報告に一覧があります"
                : "note: \(report.problems.count) line(s) could not be read and are not counted; the report lists them")
        }
        try destination.write(rendered)
        if unreadable { throw ExitStatus.ioFailure.exitCode }
    }
}

extension UsageReport.Grouping: ExpressibleByArgument {}
