import Foundation

/// The score as text lines: the total and the per-tag breakdown, shared by score sheets and the end of a
/// line-mode round.
public enum TrainingScoreText {
    public static func total(_ score: TrainingScore, language: Language) -> String {
        (language == .ja ? "得点" : "Score") + ": \(score.correct)/\(score.total) (\(score.percent)%)"
    }

    public static func breakdown(_ score: TrainingScore, language: Language) -> String {
        guard !score.byTag.isEmpty else { return "" }
        var out = (language == .ja ? "分野別" : "By topic") + ":\n"
        for tally in score.byTag {
            out += "  \(TrainingTags.label(tally.tag)[language]): \(tally.correct)/\(tally.total)\n"
        }
        return out
    }

    /// One line per exercise of the round, in its order: the title, the pick and, for a miss, the right class.
    public static func exercises(_ records: [TrainingRecord], language: Language) -> String {
        guard !records.isEmpty else { return "" }
        let ja = language == .ja
        var out = (ja ? "設問ごとの結果" : "Exercises") + ":\n"
        for (index, record) in records.enumerated() {
            let picked = record.picked.map { $0.shortLabel[language] } ?? (ja ? "未回答" : "unanswered")
            let verdict = record.isCorrect ? (ja ? "正解" : "right")
                : (ja ? "誤り（正解: \(record.expected.shortLabel.ja)）" : "wrong (right: \(record.expected.shortLabel.en))")
            out += "  \(index + 1). \(record.title[language]): " + (ja ? "回答 \(picked)、\(verdict)" : "picked \(picked), \(verdict)") + "\n"
        }
        return out
    }

    /// The total line, then the breakdown.
    public static func summary(_ score: TrainingScore, language: Language) -> String {
        total(score, language: language) + "\n" + breakdown(score, language: language)
    }
}
