/// A usage report as Markdown (to read and file), CSV (for a spreadsheet) or JSON (for scripts).
public enum UsageReportExport {
    /// `1:35` (minutes and seconds; a half second from an even median is rounded up).
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        let whole = Int(seconds.rounded(.up))
        return "\(whole / 60):" + (whole % 60 < 10 ? "0" : "") + "\(whole % 60)"
    }

    public static func markdown(_ report: UsageReport, language lang: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        let e = MarkdownExport.escape
        let period = [UsageReport.Grouping.day: t("日", "Day"), .week: t("週 (ISO)", "Week (ISO)"), .month: t("月", "Month")][report.grouping]!
        var out = "# " + t("キオスクの利用状況", "Kiosk usage") + "\n\n"
        out += "- " + t("記録", "Logs") + ": " + e(report.files.joined(separator: ", ")) + "\n"
        out += "- " + t("スクリーニング", "Screenings") + ": \(report.total.screenings)\n"
        out += "- " + t("読めなかった行", "Lines not read") + ": \(report.problems.count)\n\n"
        let header = [period, t("件数", "Screenings")] + Classification.allCases.map { $0.shortLabel[lang] }
            + report.editions.map { t("版 ", "Edition ") + $0 } + [t("所要時間の中央値", "Median duration")]
        out += "| " + header.map(e).joined(separator: " | ") + " |\n"
        out += "|" + header.enumerated().map { $0.offset == 0 ? "---|" : "---:|" }.joined() + "\n"
        for row in report.rows + [report.total] {
            let name = row.period == "total" ? "**" + t("合計", "Total") + "**" : row.period
            let cells = [name, "\(row.screenings)"] + Classification.allCases.map { "\(row.classes[$0] ?? 0)" }
                + report.editions.map { "\(row.editions[$0] ?? 0)" } + [duration(row.medianSeconds)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if !report.problems.isEmpty {
            out += "\n## " + t("読めなかった行（集計に含めず）", "Lines not read (not counted)") + "\n\n"
            out += report.problems.map { "- " + e($0.description) }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public static func csv(_ report: UsageReport) -> String {
        let header = ["period", "screenings"] + Classification.allCases.map(\.rawValue)
            + report.editions.map { "edition \($0)" } + ["median duration seconds"]
        let rows = (report.rows + [report.total]).map { row in
            [row.period, "\(row.screenings)"] + Classification.allCases.map { "\(row.classes[$0] ?? 0)" }
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
                                         lines_not_read: report.problems.map { .init(file: $0.file, line: $0.line, reason: $0.reason) }))
    }

    /// `95` or `95.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
