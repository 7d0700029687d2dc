/// The four results; the raw values are stable labels that scripts depend on.
public enum Classification: String, CaseIterable, Sendable, Codable {
    case specified
    case clinical
    case outOfScope = "out_of_scope"
    case consult

    public var label: LocalizedText {
        switch self {
        case .specified: LocalizedText(ja: "特定臨床研究", en: "Specified clinical research")
        case .clinical: LocalizedText(ja: "臨床研究（特定臨床研究以外）", en: "Clinical research (not specified)")
        case .outOfScope: LocalizedText(ja: "法の対象外", en: "Outside the Act")
        case .consult: LocalizedText(ja: "要相談", en: "Consult (not settled by these answers)")
        }
    }

    /// A one-word form for narrow places (headline badges, score sheets).
    public var shortLabel: LocalizedText {
        switch self {
        case .specified: LocalizedText(ja: "特定臨床研究", en: "Specified")
        case .clinical: LocalizedText(ja: "臨床研究", en: "Clinical")
        case .outOfScope: LocalizedText(ja: "対象外", en: "Outside the Act")
        case .consult: LocalizedText(ja: "要相談", en: "Consult")
        }
    }
}
