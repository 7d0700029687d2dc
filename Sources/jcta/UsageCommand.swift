import ArgumentParser
import Foundation
import JCTACore

/// `jcta usage LOG.jsonl…`: a report from what kiosks log (`jcta --kiosk --log FILE`).
struct UsageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Summarise kiosk usage logs: screenings per day, week or month, class mix, editions, median duration.",
        discussion: """
        Reads the JSON Lines a kiosk writes with --log (time, edition, class, duration_seconds). A line that \
        cannot be read (malformed, truncated) is listed by file and line and left out; the report goes on. \
        Weeks are ISO 8601 weeks (Monday first); days are the kiosk's local days as logged. \
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

    @Option(name: .long, help: "Language of Markdown output: ja or en.")
    var lang: Language = .ja

    @Option(name: .long, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace --output if it exists.")
    var force = false

    func validate() throws {
        guard !logs.isEmpty else { throw ValidationError("name at least one usage log") }
    }

    func run() throws {
        var files: [(name: String, text: String)] = []
        var unreadable = false
        for path in logs {
            let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
            guard let data else {
                printError("error: cannot read usage log \(path)")
                unreadable = true
                continue
            }
            files.append((path == "-" ? "<stdin>" : path, String(decoding: data, as: UTF8.self)))
        }
        let report = UsageReport(files: files, by: by)
        let rendered: String
        switch format {
        case .markdown: rendered = UsageReportExport.markdown(report, language: lang)
        case .csv: rendered = UsageReportExport.csv(report)
        case .json: rendered = UsageReportExport.json(report)
        }
        if !report.problems.isEmpty {
            printError("note: \(report.problems.count) line(s) could not be read and are not counted; the report lists them")
        }
        if let output {
            do {
                try AtomicFileWriter.write(rendered, to: output, overwrite: force)
            } catch {
                printError("error: \(error.description)")
                throw ExitStatus.ioFailure.exitCode
            }
        } else {
            print(rendered, terminator: "")
        }
        if unreadable { throw ExitStatus.ioFailure.exitCode }
    }
}

extension UsageReport.Grouping: ExpressibleByArgument {}
