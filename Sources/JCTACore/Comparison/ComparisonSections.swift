/// A comparison laid out as titled sections in one language; the text and Markdown renderings and the
/// transition part of result exports use it, so they say the same things.
public struct ComparisonSections: Sendable {
    public var heading: String
    public var stamp: [String]
    public var sections: [ResultSections.Section]

    /// `answerIDs`: name the question and choice ids a missing answer needs, for people writing answers files
    /// (never on screens or printed pages, which speak in words).
    public init(_ comparison: EditionComparison, screenedOn: CivilDate, studyDate: CivilDate?, studyTitle: String?,
                language lang: Language, answerIDs: Bool = false, toolVersion: String = JCTAVersion.current) {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        heading = t("臨床研究法 該当性スクリーニング: 版の比較", "Clinical Trials Act screening: the editions compared")
        var stamp = [t("スクリーニング日", "Screened on") + ": \(screenedOn)"]
        if let studyDate { stamp.append(t("研究開始予定日", "Study date") + ": \(studyDate)") }
        if let studyTitle { stamp.append(t("研究課題名", "Study title") + ": \(studyTitle)") }
        stamp.append("jcta \(toolVersion)")
        self.stamp = stamp
        sections = Self.body(comparison, language: lang, answerIDs: answerIDs) + [.init(title: t("免責", "Disclaimer"), items: [Disclaimer.text[lang]])]
    }

    /// The sections without stamp or disclaimer: the transition caveat, each edition, each difference.
    public static func body(_ comparison: EditionComparison, language lang: Language, answerIDs: Bool = false) -> [ResultSections.Section] {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        var sections: [ResultSections.Section] = []
        if let transition = comparison.transition {
            sections.append(.init(title: t("経過措置について", "Transitional provisions"), items: [transition.caveat[lang]]))
        }
        for column in comparison.columns {
            // A short title (screens do not wrap titles); the edition's name is the first line.
            let title = t("版", "Edition") + " \(column.edition) (\(column.effectivePeriod))"
            var items = [column.title[lang]]
            switch column.verdict {
            case .classified(let r):
                var label = r.classification.label[lang]
                if let reason = r.reason { label += " (\(reason))" }
                items.append(t("分類", "Class") + ": \(label)")
                items.append(t("結論", "Result") + ": \(r.headline[lang])")
                let grounds = ResultGrounds.labels(r, language: lang)
                items.append(t("根拠条文", "Grounds") + ": " + (grounds.isEmpty ? t("なし", "none") : grounds.joined(separator: "; ")))
                if !r.toConfirm.isEmpty {
                    items.append(t("確認が必要な事項", "Facts to confirm") + ": " + r.toConfirm.map { $0[lang] }.joined(separator: " / "))
                }
            case .needsAnswer(let node, let question, let choices, let onlyHere):
                items.append(t("回答が必要", "Needs an answer") + ": \(question[lang])"
                             + (answerIDs ? t("（回答ファイルでは ", " (in an answers file: ") + "\(node): \(choices.joined(separator: " | "))" + t("）", ")") : ""))
                if onlyHere { items.append(t("この版だけが尋ねる質問です。", "Only this edition asks this question.")) }
            case .invalid(let message):
                items.append(t("回答がこの版に合いません", "The answers do not fit this edition") + ": \(message[lang])")
            }
            sections.append(.init(title: title, items: items))
        }
        for difference in comparison.differences {
            sections.append(.init(title: t("違い", "Difference") + ": \(difference.from) → \(difference.to)",
                                  items: difference.causes.map { cause($0, lang) }))
        }
        let classified = comparison.columns.filter { $0.result != nil }
        if classified.count > 1 && comparison.differences.isEmpty {
            sections.append(.init(title: t("違い", "Differences"),
                                  items: [t("どの版でも分類と根拠条文は同じです。", "Every edition gives the same class on the same grounds.")]))
        }
        return sections
    }

    static func cause(_ cause: EditionComparison.Cause, _ lang: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        let lead = cause.kind == .askedOnlyHere
            ? t("\(cause.edition) 版だけが尋ねる質問", "Asked only by edition \(cause.edition)")
            : t("\(cause.edition) 版では同じ回答の先が異なる質問", "In edition \(cause.edition) the same answer leads on differently")
        let rule = cause.articles.isEmpty ? "" : t(" ／規定: ", "; rule: ") + cause.articles.map { $0.label[lang] }.joined(separator: ", ")
        return "\(lead): \(cause.question[lang]) → \(cause.answer[lang])\(rule)"
    }
}
