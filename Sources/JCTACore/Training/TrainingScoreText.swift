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

    /// The total line, then the breakdown.
    public static func summary(_ score: TrainingScore, language: Language) -> String {
        total(score, language: language) + "\n" + breakdown(score, language: language)
    }
}
