/// The score sheet as Markdown, for a trainer's files or an e-mail: stamp, table of scenarios, breakdown.
enum ScoreSheetMarkdown {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        let e = MarkdownExport.escape
        var out = "# " + t("臨床研究法 研修 採点表", "Clinical Trials Act training: score sheet") + "\n\n"
        out += sheet.stamp(language).map { "- \(e($0))" }.joined(separator: "\n") + "\n\n"
        out += "**\(e(TrainingScoreText.total(sheet.score, language: language)))**\n\n"
        out += "## " + t("設問ごとの結果", "Scenarios") + "\n\n"
        out += "| # | " + t("シナリオ", "Scenario") + " | " + t("事例", "Case") + " | " + t("タグ", "Tags") + " | "
            + t("回答", "Picked") + " | " + t("正解", "Expected") + " | " + t("判定", "Result") + " | "
            + t("ツリーの結果", "Walk") + " |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for (index, record) in sheet.records.enumerated() {
            let cells = [
                "\(index + 1)", e(record.scenario), record.caseID ?? "", e(record.tags.joined(separator: ", ")),
                record.picked.shortLabel[language], record.expected.shortLabel[language],
                record.isCorrect ? t("正", "right") : t("誤", "wrong"),
                record.walked.map { $0.shortLabel[language] } ?? "",
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n## " + t("タグ別", "By topic") + "\n\n"
        out += "| " + t("タグ", "Tag") + " | " + t("正解", "Correct") + " | " + t("問題数", "Total") + " |\n|---|---|---|\n"
        out += sheet.score.byTag.map { "| \(e($0.tag)) | \($0.correct) | \($0.total) |" }.joined(separator: "\n") + "\n"
        return out
    }
}
