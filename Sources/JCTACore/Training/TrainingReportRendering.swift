import Foundation

/// The report as Markdown, CSV (one row per trainee and exercise, so a spreadsheet can pivot it), JSON or a
/// self-contained HTML page.
public enum TrainingReportFormat: String, CaseIterable, Sendable {
    case markdown, csv, json, html
}

extension TrainingReport {
    public func rendered(as format: TrainingReportFormat, language: Language) -> String {
        switch format {
        case .markdown: tables(language).map { MarkdownTable.render($0) }.joined(separator: "\n")
        case .html: Self.html(title: Self.heading(language), tables: tables(language), language: language)
        case .csv: csv(language)
        case .json: json(language)
        }
    }

    static func heading(_ language: Language) -> String {
        language == .ja ? "臨床研究法 研修 受講結果" : "Clinical Trials Act training: session report"
    }

    /// One titled table of a round's part.
    public struct Table: Sendable, Hashable {
        public var heading: String
        /// The round's description, above its first table.
        public var lead: String?
        public var header: [String]
        public var rows: [[String]]
    }

    static func roundName(_ round: Round, _ language: Language) -> String {
        let ja = language == .ja
        var parts = [ja ? "\(round.edition)年版" : "edition \(round.edition)"]
        parts.append(round.seed.map { ja ? "シード \($0)" : "seed \($0)" } ?? (ja ? "シードなし" : "no seed"))
        if let count = round.count { parts.append(ja ? "\(count)問" : count == 1 ? "1 exercise" : "\(count) exercises") }
        if !round.filters.isEmpty { parts.append(round.filters.map { TrainingTags.label($0)[language] }.joined(separator: ja ? "・" : ", ")) }
        return parts.joined(separator: ja ? "、" : ", ")
    }

    static func pickName(_ picked: Classification?, _ language: Language) -> String {
        picked?.shortLabel[language] ?? (language == .ja ? "未回答" : "Unanswered")
    }

    public func tables(_ language: Language) -> [Table] {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        var tables: [Table] = []
        for round in rounds {
            let name = Self.roundName(round, language)
            tables.append(Table(heading: t("受講者別の得点", "Score per trainee") + " (\(name))",
                                lead: Self.heading(language) + ": " + name + " — " + round.editionTitle[language],
                                header: [t("受講者", "Trainee"), t("ファイル", "File"), t("正解", "Right"), t("未回答", "Unanswered"),
                                         t("問題数", "Total"), "%"],
                                rows: round.trainees.map { [$0.name, $0.source ?? "", "\($0.correct)", "\($0.unanswered)", "\($0.total)", "\($0.percent)"] }))
            tables.append(Table(heading: t("設問別の正答率", "Right answers per exercise") + " (\(name))", lead: nil,
                                header: [t("番号", "No."), t("設問", "Exercise"), t("正しい分類", "Right class"), t("正解", "Right"),
                                         t("受講者数", "Trainees"), "%"],
                                rows: round.exercises.enumerated().map { index, exercise in
                                    ["\(index + 1)", exercise.title[language], exercise.expected.shortLabel[language], "\(exercise.correct)",
                                     "\(exercise.total)", "\(exercise.percent)"]
                                }))
            tables.append(Table(heading: t("弱い分野（正答率の低い順）", "Weak topics (lowest first)") + " (\(name))", lead: nil,
                                header: [t("分野", "Topic"), t("正解", "Right"), t("出題数（設問×受講者）", "Asked (exercises × trainees)"), "%"],
                                rows: round.topics.map { [TrainingTags.label($0.tag)[language], "\($0.correct)", "\($0.total)", "\($0.percent)"] }))
            let picks: [Classification?] = Classification.allCases.map { $0 } + [nil]
            tables.append(Table(heading: t("正しい分類と選んだ分類", "Right class against picked class") + " (\(name))", lead: nil,
                                header: [t("正しい分類＼選んだ分類", "Right \\ picked")] + picks.map { Self.pickName($0, language) },
                                rows: Classification.allCases.filter { round.confusion[$0] != nil }.map { right in
                                    [right.shortLabel[language]] + picks.map { "\(round.confusion[right]?[$0] ?? 0)" }
                                }))
        }
        return tables
    }

    /// One table, one row per trainee and exercise, with a UTF-8 byte order mark so a Japanese spreadsheet
    /// reads it as UTF-8.
    func csv(_ language: Language) -> String {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        let header = [t("回", "Round"), t("受講者", "Trainee"), t("ファイル", "File"), t("番号", "No."), t("設問", "Exercise"),
                      t("正しい分類", "Right class"), t("選んだ分類", "Picked"), t("正誤", "Right")]
        var out = "\u{FEFF}" + header.map(CSVExport.quoted).joined(separator: ",") + "\r\n"
        for round in rounds {
            let name = Self.roundName(round, language)
            let numbers = Dictionary(uniqueKeysWithValues: round.exercises.enumerated().map { ($0.element.id, $0.offset + 1) })
            for trainee in round.trainees {
                for record in trainee.records {
                    let row = [name, trainee.name, trainee.source ?? "", numbers[record.scenario].map(String.init) ?? "",
                               record.title[language], record.expected.shortLabel[language], Self.pickName(record.picked, language),
                               record.isCorrect ? "1" : "0"]
                    out += row.map(CSVExport.quoted).joined(separator: ",") + "\r\n"
                }
            }
        }
        return out
    }

    func json(_ language: Language) -> String {
        struct Payload: Encodable {
            struct RoundPayload: Encodable {
                var edition: String
                var seed: UInt64?
                var count: Int?
                var filters: [String]
                var trainees: [[String: String]]
                var exercises: [[String: String]]
                var topics: [[String: String]]
                var confusion: [String: [String: Int]]
            }
            var rounds: [RoundPayload]
        }
        return JSONExport.encode(Payload(rounds: rounds.map { round in
            .init(edition: round.edition, seed: round.seed, count: round.count, filters: round.filters,
                  trainees: round.trainees.map { ["name": $0.name, "file": $0.source ?? "", "correct": "\($0.correct)",
                                                  "unanswered": "\($0.unanswered)", "total": "\($0.total)", "percent": "\($0.percent)"] },
                  exercises: round.exercises.map { ["id": $0.id, "title": $0.title[language], "expected": $0.expected.rawValue,
                                                    "correct": "\($0.correct)", "total": "\($0.total)", "percent": "\($0.percent)"] },
                  topics: round.topics.map { ["tag": $0.tag, "topic": TrainingTags.label($0.tag)[language], "correct": "\($0.correct)",
                                              "total": "\($0.total)", "percent": "\($0.percent)"] },
                  confusion: Dictionary(uniqueKeysWithValues: round.confusion.map { right, picks in
                      (right.rawValue, Dictionary(uniqueKeysWithValues: picks.map { ($0.key?.rawValue ?? "unanswered", $0.value) }))
                  }))
        }))
    }
}

/// A Markdown table with its heading.
enum MarkdownTable {
    static func render(_ table: TrainingReport.Table) -> String {
        let e = MarkdownExport.escape
        var out = table.lead.map { "# \(e($0))\n\n" } ?? ""
        out += "## \(e(table.heading))\n\n"
        out += "| " + table.header.map(e).joined(separator: " | ") + " |\n"
        out += "|" + table.header.map { _ in "---" }.joined(separator: "|") + "|\n"
        for row in table.rows { out += "| " + row.map(e).joined(separator: " | ") + " |\n" }
        return out
    }
}

extension TrainingReport {
    /// The report's tables on the shared printable page (no scripts, no external files).
    static func html(title: String, tables: [Table], language: Language) -> String {
        let e = HTMLPage.escape
        var body = ""
        for table in tables {
            if let lead = table.lead { body += "<h1>\(e(lead))</h1>\n" }
            body += "<h2>\(e(table.heading))</h2>\n<table>\n<tr>" + table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for row in table.rows { body += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
            body += "</table>\n"
        }
        return HTMLPage.document(title: title, language: language, body: body)
    }
}
