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
        if let studyDate { stamp.append(t("研究開始予定日", "Planned start date") + ": \(studyDate)") }
        if let studyTitle { stamp.append(t("研究課題名", "Study title") + ": \(studyTitle)") }
        stamp.append(HTMLPage.toolLine(toolVersion, language: lang))
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
            let title = t("版", "Edition") + " \(column.edition) (\(EditionPeriodWords.text(column.effectivePeriod, lang)))"
            var items = [column.title[lang]]
            switch column.verdict {
            case .classified(let r):
                items.append(t("分類", "Class") + ": " + r.classification.label[lang])
                items.append(t("結論", "Result") + ": \(r.headline[lang])")
                let grounds = ResultGrounds.labels(r, language: lang)
                items.append(t("根拠条文", "Grounds") + ": " + (grounds.isEmpty ? t("なし", "none") : grounds.joined(separator: "; ")))
                if !r.toConfirm.isEmpty {
                    items.append(t("確認が必要な事項", "Facts to confirm") + ": " + r.toConfirm.map { $0[lang] }.joined(separator: " / "))
                }
                items += column.distinctCaveats.map { t("留意事項（他の版にはないもの）", "Caveat (not in the other editions)") + ": \($0[lang])" }
            case .needsAnswer(let node, let question, let choices, let onlyHere):
                items.append(t("回答が必要", "Needs an answer") + ": \(question[lang])"
                             + (answerIDs ? t("（回答ファイルでは ", " (in an answers file: ") + "\(node): \(choices.joined(separator: " | "))" + t("）", ")") : ""))
                if onlyHere { items.append(t("この版だけが尋ねる質問です。", "Only this edition asks this question.")) }
                items += column.alternatives.flatMap { alternative($0, lang) }
            case .invalid(let message):
                items.append(t("回答がこの版に合いません", "The answers do not fit this edition") + ": \(message[lang])")
            }
            sections.append(.init(title: title, items: items))
        }
        for difference in comparison.differences {
            let results = Dictionary(comparison.columns.compactMap { c in c.result.map { (c.edition, $0) } }, uniquingKeysWith: { a, _ in a })
            let title = t("違い（\(difference.from) 年版と \(difference.to) 年版）", "Differences between \(difference.from) and \(difference.to)")
            if let older = results[difference.from], let newer = results[difference.to],
               older.classification == newer.classification, older.reason == newer.reason {
                // Same class and reason: only the provisions cited differ; naming questions would read as if
                // an answer changed the class.
                sections.append(.init(title: title, items: articlesOnly(older, difference.from, newer, difference.to, lang)))
            } else {
                sections.append(.init(title: title, items: difference.causes.map { cause($0, results[$0.edition], lang) }))
            }
        }
        let classified = comparison.columns.filter { $0.result != nil }
        if classified.count > 1 && comparison.differences.isEmpty {
            sections.append(.init(title: t("違い", "Differences"),
                                  items: [t("どの版でも分類と根拠条文は同じです。", "Every edition gives the same class on the same grounds.")]))
        }
        return sections
    }

    /// One difference as a sentence: the edition, the question by its number and words, the answer, the class
    /// it leads to there, and the rule.
    static func cause(_ cause: EditionComparison.Cause, _ result: ClassificationResult?, _ lang: Language) -> String {
        let question = cause.question[lang], answer = cause.answer[lang]
        let outcome = result.map { classWords($0, lang) }
        var sentence: String
        if lang == .ja {
            sentence = "\(cause.edition) 年版では、問\(cause.number)「\(question)」で「\(answer)」と答えると、"
            if cause.kind == .leadsElsewhere { sentence += "他の版とは先が異なり、この経路では" }
            sentence += outcome.map { "\($0)になります" } ?? "他の版と異なる結果になります"
            sentence += cause.kind == .askedOnlyHere ? "（この質問は \(cause.edition) 年版だけが尋ねます）。" : "。"
        } else {
            sentence = "Under the \(cause.edition) edition, answering “\(answer)” to Q\(cause.number) “\(question)” "
            if cause.kind == .leadsElsewhere { sentence += "takes a different turn from the other edition and, on this path, " }
            sentence += outcome.map { "ends in \($0)" } ?? "ends in another result"
            sentence += cause.kind == .askedOnlyHere ? " (only the \(cause.edition) edition asks this question)." : "."
        }
        if !cause.articles.isEmpty {
            sentence += (lang == .ja ? "根拠: " : " Grounds: ") + cause.articles.map { $0.label[lang] }.joined(separator: lang == .ja ? "、" : ", ")
                + (lang == .ja ? "。" : ".")
        }
        return sentence
    }

    /// Two editions that give the same class for the same reason: what each cites that the other does not.
    static func articlesOnly(_ older: ClassificationResult, _ olderEdition: String, _ newer: ClassificationResult,
                             _ newerEdition: String, _ lang: Language) -> [String] {
        let label = older.classification.label[lang]
        var items = [lang == .ja
            ? "どちらの版でも分類は「\(label)」で、結論も同じです。違うのは挙げる条文だけです。"
            : "Both editions give \(label) for the same reason; only the provisions they cite differ."]
        for (own, edition, other) in [(older, olderEdition, newer), (newer, newerEdition, older)] {
            let otherIDs = Set(other.articles.map(\.id))
            let extra = own.articles.filter { !otherIDs.contains($0.id) }.map { $0.label[lang] }
            guard !extra.isEmpty else { continue }
            items.append(lang == .ja
                ? "\(edition) 年版だけが挙げる条文: " + extra.joined(separator: "、")
                : "Cited only by the \(edition) edition: " + extra.joined(separator: "; "))
        }
        return items
    }

    /// The class in words, in 「」 in Japanese (the reason is the headline's to say).
    static func classWords(_ result: ClassificationResult, _ lang: Language) -> String {
        lang == .ja ? "「\(result.classification.label[lang])」" : result.classification.label[lang]
    }

    /// One answer to the question an edition still needs, and what it would lead to under that edition.
    static func alternative(_ alternative: EditionComparison.Alternative, _ lang: Language) -> [String] {
        let answer = alternative.answer[lang]
        var sentence: String
        if let result = alternative.result {
            sentence = lang == .ja
                ? "「\(answer)」と答えると、\(classWords(result, lang))になります（\(result.headline[lang])）。"
                : "Answering “\(answer)” leads to \(classWords(result, lang)) (\(result.headline[lang]))."
        } else if let next = alternative.nextQuestion {
            sentence = lang == .ja ? "「\(answer)」と答えると、次に「\(next[lang])」を尋ねます。"
                : "Answering “\(answer)” leads to a further question: “\(next[lang])”."
        } else {
            sentence = lang == .ja ? "「\(answer)」と答えても、この版では分類できません。" : "Answering “\(answer)” does not classify under this edition."
        }
        return [sentence] + alternative.caveats.map { caveat in
            (lang == .ja ? "「\(answer)」の場合の留意事項: " : "Caveat if “\(answer)”: ") + caveat[lang]
        }
    }
}
