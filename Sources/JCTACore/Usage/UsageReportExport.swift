/// A usage report as Markdown (to read and file), CSV (for a spreadsheet) or JSON (for scripts).
public enum UsageReportExport {
    /// `1:35` (minutes and seconds; a half second from an even median is rounded up).
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        let whole = Int(seconds.rounded(.up))
        return "\(whole / 60):" + (whole % 60 < 10 ? "0" : "") + "\(whole % 60)"
    }

    /// Markdown's special characters escaped, except an underscore inside a word (a file name such as
    /// kiosk_a.jsonl), which Markdown never reads as emphasis.
    static func escape(_ text: String) -> String {
        MarkdownExport.escape(text).replacingOccurrences(of: #"(?<=\w)\\_(?=\w)"#, with: "_", options: .regularExpression)
    }

    /// The words for a period's row: the total in the report's language.
    static func periodName(_ period: String, _ lang: Language) -> String {
        period == "total" ? (lang == .ja ? "合計" : "Total") : period
    }

    public static func markdown(_ report: UsageReport, language lang: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        let e = escape
        let period = [UsageReport.Grouping.day: t("日", "Day"), .week: t("週 (ISO)", "Week (ISO)"), .month: t("月", "Month")][report.grouping]!
        var out = "# " + t("キオスクの利用状況", "Kiosk usage") + "\n\n"
        out += "- " + t("記録", "Logs") + ": " + e(report.files.joined(separator: ", ")) + "\n"
        out += "- " + t("スクリーニング", "Screenings") + ": \(report.total.screenings)\n"
        out += "- " + t("読めなかった行", "Lines not read") + ": \(report.problems.count)\n\n"
        let header = [period, t("件数", "Screenings")] + Classification.allCases.map { $0.shortLabel[lang] }
            + report.editions.map { t("\($0) 年版", "Edition \($0)") } + [t("所要時間の中央値（分:秒）", "Median duration (min:s)")]
        out += "| " + header.map(e).joined(separator: " | ") + " |\n"
        out += "|" + header.enumerated().map { $0.offset == 0 ? "---|" : "---:|" }.joined() + "\n"
        for row in report.rows + [report.total] {
            let name = row.period == "total" ? "**" + periodName(row.period, lang) + "**" : row.period
            let cells = [name, "\(row.screenings)"] + Classification.allCases.map { "\(row.classes[$0] ?? 0)" }
                + report.editions.map { "\(row.editions[$0] ?? 0)" } + [duration(row.medianSeconds)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if !report.problems.isEmpty {
            out += "\n## " + t("読めなかった行（集計に含めず）", "Lines not read (not counted)") + "\n\n"
            out += report.problems.map { "- " + e("\($0.file):\($0.line): \($0.reason[lang])") }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Headers in the report's language (the class columns by their labels); the values are numbers.
    public static func csv(_ report: UsageReport, language lang: Language = .en) -> String {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        let period = [UsageReport.Grouping.day: t("日", "day"), .week: t("週 (ISO)", "week (ISO)"), .month: t("月", "month")][report.grouping]!
        let header = [period, t("件数", "screenings")] + Classification.allCases.map { $0.shortLabel[lang] }
            + report.editions.map { t("\($0) 年版", "edition \($0)") } + [t("所要時間の中央値（秒）", "median duration seconds")]
        let rows = (report.rows + [report.total]).map { row in
            [periodName(row.period, lang), "\(row.screenings)"] + Classification.allCases.map { "\(row.classes[$0] ?? 0)" }
                + report.editions.map { "\(row.editions[$0] ?? 0)" } + [row.medianSeconds.map { number($0) } ?? ""]
        }
        return "\u{FEFF}" + ([header] + rows).map { $0.map(CSVExport.quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    struct Payload: Encodable {
        struct Row: Encodable {
            var period: String
            var screenings: Int
            var classes: [String: Int]
            var editions: [String: Int]
            var median_duration_seconds: JSONExport.Nullable<Double>
        }
        struct Problem: Encodable {
            var file: String
            var line: Int
            var reason: String
            var reason_text: LocalizedText
        }
        var by: String
        var files: [String]
        var periods: [Row]
        var total: Row
        var lines_not_read: [Problem]
    }

    public static func json(_ report: UsageReport) -> String {
        func row(_ r: UsageReport.Row) -> Payload.Row {
            Payload.Row(period: r.period, screenings: r.screenings,
                        classes: Dictionary(uniqueKeysWithValues: Classification.allCases.map { ($0.rawValue, r.classes[$0] ?? 0) }),
                        editions: r.editions, median_duration_seconds: .init(r.medianSeconds))
        }
        return JSONExport.encode(Payload(by: report.grouping.rawValue, files: report.files, periods: report.rows.map(row),
                                         total: row(report.total),
                                         lines_not_read: report.problems.map { .init(file: $0.file, line: $0.line, reason: $0.reason.en, reason_text: $0.reason) }))
    }

    /// `95` or `95.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
