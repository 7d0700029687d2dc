/// A result laid out as titled sections in one language; Markdown, text and the result screen all use it,
/// so they say the same things in the same order.
public struct ResultSections: Sendable {
    public struct Section: Sendable, Hashable {
        public var title: String
        public var items: [String]
    }

    public var heading: String
    public var classLine: String
    public var headline: String
    public var explanation: String
    public var stamp: [String]
    public var sections: [Section]

    public init(_ document: ResultDocument) {
        let r = document.result
        let lang = document.language
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        heading = t("臨床研究法 該当性スクリーニング結果", "Clinical Trials Act screening result")
        // The class in words; the reason is the headline's to say (the reason code is for scripts, in JSON).
        classLine = r.classification.label[lang]
        headline = r.headline[lang]
        explanation = r.explanation[lang]
        var stamp = [
            t("版", "Edition") + ": \(r.edition) " + r.editionTitle[lang] + " (\(EditionPeriodWords.text(r.effectivePeriod, lang)))",
            t("スクリーニング日", "Screened on") + ": \(document.screenedOn)",
        ]
        if let date = document.studyDate { stamp.append(t("研究開始予定日", "Planned start date") + ": \(date)") }
        if let title = document.studyTitle { stamp.append(t("研究課題名", "Study title") + ": \(title)") }
        stamp.append("jcta \(document.toolVersion)")
        self.stamp = stamp

        var sections: [Section] = []
        func add(_ title: String, _ items: [String]) {
            if !items.isEmpty { sections.append(Section(title: title, items: items)) }
        }
        // Only a specified result rests on its grounds; on any other they are what could make it specified.
        let groundsTitle = r.classification == .specified
            ? t("特定臨床研究にあたる根拠", "Grounds for specified clinical research")
            : t("特定臨床研究の根拠になりうる点", "What could make the study specified clinical research")
        add(groundsTitle, r.grounds.map { finding in
            switch finding.status {
            case .certain: finding.label[lang]
            case .possible: finding.label[lang] + t("（「わからない」と答えた点によっては該当）", " (may apply, depending on a point answered 'Not sure')")
            case .open: finding.label[lang] + t("（特定臨床研究の根拠になるかは公的な資料で定まっていません）", " (public sources leave open whether this makes the study specified)")
            }
        })
        add(t("確認が必要な事項", "Facts to confirm"), r.toConfirm.map { $0[lang] })
        add(t("回答ごとの帰結", "What each answer would decide"), r.scenarios.map { scenario in
            let classes = scenario.classifications.isEmpty
                ? t("追加の回答が必要", "more answers needed")
                : scenario.classifications.map { $0.shortLabel[lang] }.joined(separator: " / ")
            return r.questionName(scenario.node, lang) + t("：「", ": \"") + scenario.answer[lang] + t("」なら ", "\" -> ") + classes
        })
        add(t("回答の経過", "Path of answers"), r.path.map { step in
            QuestionNode.numberLabel(step.number, lang) + " \(step.question[lang]) -> \(step.answer[lang])"
        })
        func cited(_ role: CitationRole) -> [ClassificationResult.CitedCase] { r.citations.filter { $0.role == role } }
        add(t("根拠とした事例（事例集）", "Casebook entries relied on"), cited(.ground).map { "(\($0.id)) \($0.text[lang])" })
        add(t("根拠とした留意事項（事例集）", "Casebook notes relied on"), cited(.note).map {
            t("（事例\($0.id)の留意事項）", "(note to case \($0.id)) ") + $0.text[lang]
        })
        add(t("対比のための事例（結論が異なる）", "Cases for contrast (a different conclusion)"), cited(.contrast).map {
            t("（事例\($0.id)：\($0.list.shortLabel[lang])）", "(case \($0.id): \($0.list.shortLabel[lang])) ") + $0.text[lang]
        })
        add(t("根拠条文", "Articles"), r.articles.map { "\($0.label[lang]): \($0.gist[lang])" })
        add(t("留意事項", "Caveats"), r.caveats.map { $0[lang] })
        add(t("今後の手続・適用される規制", "What follows"), r.obligations.map { $0[lang] })
        if !r.notDecisive.isEmpty {
            add(t("結論を左右しない「わからない」", "Not-sure answers that do not change the class"),
                r.notDecisive.map { r.questionName($0, lang) })
        }
        if !r.unused.isEmpty {
            add(t("経路上にない回答（使用せず）", "Answers not on the path (unused)"), UnusedAnswers.named(r, language: lang).map(\.words))
        }
        if let comparison = document.comparison {
            sections += ComparisonSections.body(comparison, language: lang)
        }
        add(t("免責", "Disclaimer"), [Disclaimer.text[lang]])
        self.sections = sections
    }
}
