import Foundation

/// Results as one CSV table for a spreadsheet: a row per answers file, UTF-8 with a byte-order mark and CRLF
/// line ends so Excel reads Japanese and line breaks correctly, every field quoted as RFC 4180 says.
public enum CSVExport {
    /// One answers file: its result, or why it has none.
    public enum Row: Sendable {
        case result(file: String, ResultDocument)
        case failure(file: String, title: String?, message: String)
    }

    public static func header(_ language: Language) -> [String] {
        let ja = language == .ja
        return ja
            ? ["ファイル", "研究課題名", "版", "研究開始予定日", "スクリーニング日", "分類", "分類ID（集計用、値は英字のまま）", "根拠条文", "対象外の理由",
               "留意事項の数", "確認が必要な事項", "事例", "版の比較（経過措置）", "エラー"]
            : ["file", "title", "edition", "study date", "screened on", "class", "class id (for sorting)", "grounds", "reason",
               "caveats", "facts to confirm", "cases", "editions compared (transitional)", "error"]
    }

    public static func render(_ rows: [Row], language: Language) -> String {
        "\u{FEFF}" + ([header(language)] + rows.map { fields($0, language: language) })
            .map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    static func fields(_ row: Row, language: Language) -> [String] {
        switch row {
        case .result(let file, let document):
            let r = document.result
            return [file, document.studyTitle ?? "", r.edition, document.studyDate?.description ?? "",
                    document.screenedOn.description, r.classification.label[language], r.classification.rawValue,
                    ResultGrounds.labels(r, language: language).joined(separator: "; "), r.reason ?? "",
                    String(r.caveats.count), r.toConfirm.map { $0[language] }.joined(separator: " / "),
                    caseNumbers(r.cases, language), document.comparison.map { compared($0, language) } ?? "", ""]
        case .failure(let file, let title, let message):
            return [file, title ?? ""] + Array(repeating: "", count: header(language).count - 3) + [message]
        }
    }

    /// 「事例 3-10、事例 1-2」: a bare "3-10" alone in a cell is a date to Excel; with its word it stays text.
    static func caseNumbers(_ cases: [String], _ language: Language) -> String {
        cases.map { (language == .ja ? "事例 " : "case ") + $0 }.joined(separator: language == .ja ? "、" : ", ")
    }

    /// 「2019 年版: 特定臨床研究」 and 「2025 年版: 臨床研究（特定臨床研究以外）」 a line each, then the transitional caveat.
    static func compared(_ comparison: EditionComparison, _ language: Language) -> String {
        let classes = comparison.columns.map { column in
            (language == .ja ? "\(column.edition) 年版: " : "\(column.edition) edition: ")
                + (column.result?.classification.label[language] ?? (language == .ja ? "回答が必要" : "needs an answer"))
        }.joined(separator: "\n")
        return ([classes] + [comparison.transition?.caveat[language]].compactMap { $0 }).joined(separator: "\n")
    }

    /// Always quoted, inner quotes doubled; line breaks inside a field become CRLF as Excel writes them. A field
    /// that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, so a typed title
    /// cannot become one.
    static func quoted(_ field: String) -> String {
        let inert = field.first.map { "=+-@\t".contains($0) } == true ? "'" + field : field
        var normalized = inert.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        normalized = normalized.replacingOccurrences(of: "\n", with: "\r\n")
        return "\"" + normalized.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
