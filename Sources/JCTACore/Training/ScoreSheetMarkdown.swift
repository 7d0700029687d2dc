import Foundation

/// The score sheet as Markdown, for a trainer's files or an e-mail: stamp, table of exercises, what decides
/// each miss with its teaching point, breakdown by topic; last, hidden in an HTML comment, the picks as an
/// answers file, so `jcta train --answers` and `--report` read a Markdown sheet as they read a JSON one.
enum ScoreSheetMarkdown {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        let e = MarkdownExport.escape
        var out = "# " + t("臨床研究法 研修 採点表", "Clinical Trials Act training: score sheet") + "\n\n"
        out += sheet.stamp(language).map { "- \(e($0))" }.joined(separator: "\n") + "\n\n"
        out += "**\(e(TrainingScoreText.total(sheet.score, language: language)))**\n\n"
        out += "## " + t("設問ごとの結果", "Exercises") + "\n\n"
        out += "| # | " + t("設問", "Exercise") + " | " + t("事例", "Case") + " | " + t("分野", "Topics") + " | "
            + t("回答", "Picked") + " | " + t("正解", "Right class") + " | " + t("判定", "Result") + " | "
            + t("ツリーの結果", "Walk") + " |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for (index, record) in sheet.records.enumerated() {
            let cells = [
                "\(index + 1)", e(record.title[language]), record.caseID ?? "",
                e(record.tags.map { TrainingTags.label($0)[language] }.joined(separator: t("、", ", "))),
                ScoreSheetWords.picked(record, language), record.expected.shortLabel[language],
                ScoreSheetWords.verdict(record, language), record.walked.map { $0.shortLabel[language] } ?? "",
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let misses = sheet.records.enumerated().filter { !$0.element.isCorrect }
        if !misses.isEmpty {
            out += "\n## " + t("誤り・未回答の設問", "Exercises missed") + "\n"
            for (index, record) in misses {
                out += "\n### \(index + 1). \(e(record.title[language]))\n\n"
                out += "- " + t("正解", "Right class") + ": " + record.expected.label[language] + "\n"
                for line in record.decisiveQuestions(language) { out += "- " + t("決め手", "Decides") + ": " + e(line) + "\n" }
                out += "- " + t("解説", "Teaching point") + ": " + e(record.teachingPoint[language]) + "\n"
            }
        }
        out += "\n## " + t("分野別", "By topic") + "\n\n"
        out += "| " + t("分野", "Topic") + " | " + t("正解", "Correct") + " | " + t("問題数", "Total") + " |\n|---|---|---|\n"
        out += sheet.score.byTag.map { "| \(e(TrainingTags.label($0.tag)[language])) | \($0.correct) | \($0.total) |" }.joined(separator: "\n") + "\n"
        out += "\n" + TraineeAnswersFile.markdownMarker + answersBlock(sheet) + " -->\n"
        return out
    }

    /// The sheet's round and picks in the answers file's form (an unanswered exercise as "").
    static func answersBlock(_ sheet: ScoreSheet) -> String {
        struct Block: Encodable {
            var trainee: String?
            var edition: String
            var seed: UInt64?
            var count: Int?
            var filters: [String]
            var answers: [String: String]
        }
        var answers: [String: String] = [:]
        for record in sheet.records { answers[record.scenario] = record.picked?.rawValue ?? "" }
        let block = Block(trainee: sheet.trainee, edition: sheet.edition, seed: sheet.seed, count: sheet.count,
                          filters: sheet.filters, answers: answers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(block)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // Outside strings JSON has no '>', so escaping it keeps a name like "a-->b" from closing the comment.
        return json.replacingOccurrences(of: ">", with: "\\u003e")
    }
}
