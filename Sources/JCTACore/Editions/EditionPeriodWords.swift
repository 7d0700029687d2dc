/// An edition's period as people read it: 「2018-04-01 - 2025-05-30」, and for the edition still in force
/// 「2025-05-31 施行」 / "in force from 2025-05-31" rather than a range that looks unfinished. The bare
/// `effectivePeriod` stays in JSON, where scripts read it.
public enum EditionPeriodWords {
    public static func text(_ period: String, _ lang: Language) -> String {
        let parts = period.components(separatedBy: " - ")
        guard parts.count == 2, parts[1].trimmingCharacters(in: .whitespaces).isEmpty else { return period }
        return lang == .ja ? "\(parts[0]) 施行" : "in force from \(parts[0])"
    }
}
