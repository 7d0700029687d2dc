/// The score sheet as a printable page: the same content as the Markdown sheet (stamp, exercises, what decides
/// each miss with its teaching point, breakdown by topic) on the shared A4 page.
enum ScoreSheetHTML {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }
        let e = HTMLPage.escape
        func row(_ cells: [String], header: Bool = false) -> String {
            let tag = header ? "th" : "td"
            return "<tr>" + cells.map { "<\(tag)>\(e($0))</\(tag)>" }.joined() + "</tr>\n"
        }
        let title = t("臨床研究法 研修 採点表", "Clinical Trials Act training: score sheet")
        var body = "<h1>\(e(title))</h1>\n" + HTMLPage.list(sheet.stamp(language))
        body += "<p><strong>\(e(TrainingScoreText.total(sheet.score, language: language)))</strong></p>\n"
        body += "<h2>\(e(t("設問ごとの結果", "Exercises")))</h2>\n<table>\n"
        body += row(["#", t("設問", "Exercise"), t("事例", "Case"), t("分野", "Topics"), t("回答", "Picked"),
                     t("正解", "Right class"), t("判定", "Result")], header: true)
        for (index, record) in sheet.records.enumerated() {
            body += row(["\(index + 1)", record.title[language], record.caseID ?? "",
                         record.tags.map { TrainingTags.label($0)[language] }.joined(separator: t("、", ", ")),
                         ScoreSheetWords.picked(record, language), record.expected.shortLabel[language],
                         ScoreSheetWords.verdict(record, language)])
        }
        body += "</table>\n"
        let misses = sheet.records.enumerated().filter { !$0.element.isCorrect }
        if !misses.isEmpty {
            body += "<h2>\(e(t("誤り・未回答の設問", "Exercises missed")))</h2>\n"
            for (index, record) in misses {
                body += "<h3>\(index + 1). \(e(record.title[language]))</h3>\n"
                let lines = [t("正解", "Right class") + ": " + record.expected.label[language]]
                    + record.decisiveQuestions(language).map { t("決め手", "Decides") + ": " + $0 }
                    + [t("解説", "Teaching point") + ": " + record.teachingPoint[language]]
                body += HTMLPage.list(lines)
            }
        }
        body += "<h2>\(e(t("分野別", "By topic")))</h2>\n<table>\n"
        body += row([t("分野", "Topic"), t("正解", "Correct"), t("問題数", "Total")], header: true)
        body += sheet.score.byTag.map { row([TrainingTags.label($0.tag)[language], "\($0.correct)", "\($0.total)"]) }.joined()
        body += "</table>\n"
        return HTMLPage.document(title: title, language: language, body: body)
    }
}
