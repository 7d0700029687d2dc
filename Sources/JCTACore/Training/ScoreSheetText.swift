/// The score sheet as plain text, for the terminal and for printing: each exercise by title, and for a miss
/// what decides the class and the teaching point.
enum ScoreSheetText {
    static func render(_ sheet: ScoreSheet, language: Language) -> String {
        let ja = language == .ja
        var out = (ja ? "臨床研究法 研修 採点表" : "Clinical Trials Act training: score sheet") + "\n\n"
        out += sheet.stamp(language).joined(separator: "\n") + "\n\n"
        for (index, record) in sheet.records.enumerated() {
            out += "\(index + 1). \(record.title[language]) " + ScoreSheetWords.verdict(record, language) + ": "
            out += (ja ? "回答 " : "picked ") + ScoreSheetWords.picked(record, language)
            out += (ja ? "／正解 " : ", right ") + record.expected.shortLabel[language] + "\n"
            guard !record.isCorrect else { continue }
            for line in record.decisiveQuestions(language) { out += "   " + (ja ? "決め手: " : "Decides: ") + line + "\n" }
            out += "   " + (ja ? "解説: " : "Why: ") + record.teachingPoint[language] + "\n"
        }
        out += "\n" + TrainingScoreText.total(sheet.score, language: language) + "\n"
        out += TrainingScoreText.breakdown(sheet.score, language: language)
        return out
    }
}

/// Words shared by the sheet renderers.
enum ScoreSheetWords {
    static func verdict(_ record: TrainingRecord, _ language: Language) -> String {
        let ja = language == .ja
        if record.picked == nil { return ja ? "未回答" : "unanswered" }
        return record.isCorrect ? (ja ? "正" : "right") : (ja ? "誤" : "wrong")
    }

    static func picked(_ record: TrainingRecord, _ language: Language) -> String {
        record.picked?.shortLabel[language] ?? (language == .ja ? "（なし）" : "(none)")
    }
}
