/// The score sheet as a printable page: stamp, total, the scenarios as a table, the breakdown by tag.
enum ScoreSheetHTML {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }
        let e = HTMLPage.escape
        let title = t("臨床研究法 研修 採点表", "Clinical Trials Act training: score sheet")
        var body = "<h1>\(e(title))</h1>\n" + HTMLPage.list(sheet.stamp(language))
        body += "<p><strong>\(e(TrainingScoreText.total(sheet.score, language: language)))</strong></p>\n"
        body += "<h2>\(e(t("設問ごとの結果", "Scenarios")))</h2>\n<table>\n<tr>" + ["#", t("シナリオ", "Scenario"), t("回答", "Picked"),
            t("正解", "Expected"), t("判定", "Result")].map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for (index, record) in sheet.records.enumerated() {
            body += "<tr>" + ["\(index + 1)", record.scenario, record.picked.shortLabel[language], record.expected.shortLabel[language],
                              record.isCorrect ? t("正", "right") : t("誤", "wrong")].map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        body += "</table>\n<h2>\(e(t("タグ別", "By topic")))</h2>\n<table>\n<tr>"
            + [t("タグ", "Tag"), t("正解", "Correct"), t("問題数", "Total")].map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        body += sheet.score.byTag.map { "<tr><td>\(e($0.tag))</td><td>\($0.correct)</td><td>\($0.total)</td></tr>\n" }.joined() + "</table>\n"
        return HTMLPage.document(title: title, language: language, body: body)
    }
}
