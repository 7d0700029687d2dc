import Foundation

/// The tag vocabulary: the casebook list numbers and free snake_case topics.
public enum TrainingTags {
    /// The casebook lists as tags: 1 特定リスト, 2 臨床研究リスト, 3 対象外リスト.
    public static let lists = ["1", "2", "3"]

    public static func isList(_ tag: String) -> Bool { lists.contains(tag) }

    static func isWellFormed(_ tag: String) -> Bool {
        isList(tag) || IdentifierPattern.snakeCase.matches(tag)
    }
}

extension TrainingTags {
    /// List numbers first, then topics alphabetically: the order of listings and breakdowns.
    public static func ordered(_ tags: some Sequence<String>) -> [String] {
        Array(tags).sorted { (isList($0) ? 0 : 1, $0) < (isList($1) ? 0 : 1, $1) }
    }
}

extension TrainingTags {
    /// What a tag means, for screens and sheets: never the snake_case code on a Japanese page.
    public static func label(_ tag: String) -> LocalizedText {
        switch tag {
        case "1": LocalizedText(ja: "事例集 特定臨床研究リスト", en: "Casebook list 1 (specified)")
        case "2": LocalizedText(ja: "事例集 臨床研究リスト", en: "Casebook list 2 (clinical)")
        case "3": LocalizedText(ja: "事例集 対象外リスト", en: "Casebook list 3 (out of scope)")
        case "funding": LocalizedText(ja: "研究資金等", en: "Research funds")
        case "group_company": LocalizedText(ja: "グループ会社（特殊関係者）", en: "Group companies")
        case "comparator": LocalizedText(ja: "対照薬", en: "Comparators")
        case "off_label": LocalizedText(ja: "適応外使用", en: "Off-label use")
        case "unapproved": LocalizedText(ja: "未承認", en: "Unapproved products")
        case "amendment": LocalizedText(ja: "2025年改正", en: "The 2025 amendment")
        case "burden": LocalizedText(ja: "著しい負担", en: "Significant burden")
        case "medical_act": LocalizedText(ja: "医行為", en: "Medical acts")
        case "purpose": LocalizedText(ja: "研究の目的", en: "Purpose of the study")
        case "observational": LocalizedText(ja: "観察研究", en: "Observational studies")
        case "exclusion": LocalizedText(ja: "他の法律の枠組み", en: "Other legal frameworks")
        case "product": LocalizedText(ja: "医薬品等にあたるか", en: "What counts as a product")
        case "use": LocalizedText(ja: "人に用いるか", en: "Use on people")
        case "unsure": LocalizedText(ja: "事実が定まらない場合", en: "Open facts")
        default: LocalizedText(ja: tag.replacingOccurrences(of: "_", with: " "), en: tag.replacingOccurrences(of: "_", with: " "))
        }
    }
}
