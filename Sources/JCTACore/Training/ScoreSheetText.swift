/// The score sheet as plain text, for the terminal and for printing.
enum ScoreSheetText {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        let ja = language == .ja
        var out = (ja ? "臨床研究法 研修 採点表" : "Clinical Trials Act training: score sheet") + "\n\n"
        out += sheet.stamp(language).joined(separator: "\n") + "\n\n"
        for (index, record) in sheet.records.enumerated() {
            let verdict = record.isCorrect ? (ja ? "正" : "right") : (ja ? "誤" : "wrong")
            var line = "\(index + 1). \(record.scenario) \(verdict): "
            line += (ja ? "回答 " : "picked ") + record.picked.shortLabel[language]
            line += ja ? "／正解 " : ", expected "
            line += record.expected.shortLabel[language]
            out += line + "\n"
        }
        out += "\n" + TrainingScoreText.total(sheet.score, language: language) + "\n"
        out += TrainingScoreText.breakdown(sheet.score, language: language)
        return out
    }
}
