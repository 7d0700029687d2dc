import JCTACore

/// What the line mode reads out, as a screen reader should hear it: headings are plain sentences, lists are
/// numbered sentences, and there are no section markers, bullets, arrows, version strings or internal ids.
/// The saved files stay the exports of the same document; this is only how it is spoken.
enum SpokenText {
    /// A titled list: "確認が必要な事項、2 件。" then "1. …" lines; nothing when the list is empty. Items that
    /// begin with a case number are numbered in words ("1 番、事例 1-1：…", "Item 1, case 1-1: …"), so the
    /// item's number and the case's are not heard back to back.
    /// Items that begin with their question's own number (「問 8: …」) are not numbered again.
    static func list(_ title: String, _ items: [String], _ lang: Language, ofCases: Bool = false,
                     ofQuestions: Bool = false) -> [String] {
        guard !items.isEmpty else { return [] }
        let heading = lang.text("\(title)、\(items.count) 件。", "\(title): \(items.count) \(items.count == 1 ? "item" : "items").")
        if ofQuestions { return [heading] + items }
        return [heading] + items.enumerated().map { item in
            ofCases ? lang.text("\(item.offset + 1) 番、", "Item \(item.offset + 1), ") + item.element : "\(item.offset + 1). \(item.element)"
        }
    }

    /// A question's fixed number as the line mode reads it: 「問 8」, "Q8" (the number on every screen).
    static func spokenNumber(_ number: Int, _ lang: Language) -> String {
        lang.text("問 \(number)", "Q\(number)")
    }

    /// A case in a list: "事例 1-1：…", "case 1-1: …".
    static func caseItem(_ id: some StringProtocol, _ text: some StringProtocol, _ lang: Language) -> String {
        lang.text("事例 \(id)：\(text)", "case \(id): \(text)")
    }

    /// "2025-05-31 から" or "2019-04-01 から 2025-05-30 まで".
    static func period(_ q: Questionnaire, _ lang: Language) -> String {
        if let until = q.effectiveUntil {
            return lang.text("\(q.effectiveFrom) から \(until) まで", "from \(q.effectiveFrom) to \(until)")
        }
        return lang.text("\(q.effectiveFrom) から", "from \(q.effectiveFrom)")
    }

    /// The edition in one sentence: "規則: 2025 年版、<title>、2025-05-31 から適用。"
    static func edition(_ q: Questionnaire, _ lang: Language) -> String {
        lang.text("規則: \(q.edition) 年版、\(q.title.ja)、\(period(q, lang))適用。",
                  "Rules: the \(q.edition) edition, \(q.title.en), in force \(period(q, lang)).")
    }

    /// The result: the class and headline first, then the explanation, each section in the order and under
    /// the titles the exports and the result screen use (`ResultSections`), then the edition (briefly) and dates. The
    /// sections that carry arrows or ids in the exports are spoken from the result itself; any other section
    /// is spoken as its items, so a section added for the exports is read out too.
    static func result(_ document: ResultDocument, questionnaire q: Questionnaire) -> [String] {
        let r = document.result
        let lang = document.language
        let sections = ResultSections(document)
        var lines = [lang.text("結果: \(r.classification.label[lang])。", "Result: \(r.classification.label[lang])."),
                     sentence(r.headline[lang], lang), r.explanation[lang]]
        for section in sections.sections {
            // The disclaimer is one sentence: read as it is, not as a list of one.
            if section.title == lang.text("免責", "Disclaimer") {
                lines += section.items
            } else {
                lines += list(section.title, items(section, r, q, lang), lang, ofCases: listsCases(section),
                              ofQuestions: section.title == lang.text("回答の経過", "Path of answers"))
            }
        }
        // The full edition line was read at the start; the result only says which edition it follows.
        lines.append(lang.text("\(q.edition) 年版の規則による判定です。", "Classified under the \(q.edition) edition of the rules."))
        lines.append(lang.text("スクリーニング日: \(document.screenedOn)。", "Screened on \(document.screenedOn)."))
        if let date = document.studyDate {
            lines.append(lang.text("研究開始予定日: \(date)。", "Planned start date: \(date)."))
        }
        if let title = document.studyTitle {
            lines.append(lang.text("研究課題名: \(title)", "Study title: \(title)"))
        }
        return lines
    }

    /// A section's items as sentences.
    private static func items(_ section: ResultSections.Section, _ r: ClassificationResult, _ q: Questionnaire,
                              _ lang: Language) -> [String] {
        func question(_ node: String) -> String? { q.node(node)?.question[lang] }
        switch section.title {
        case lang.text("回答ごとの帰結", "What each answer would decide"):
            return r.scenarios.map { scenario in
                let classes = scenario.classifications.isEmpty
                    ? lang.text("追加の回答が必要です", "more answers are needed")
                    : scenario.classifications.map { $0.shortLabel[lang] }.joined(separator: lang.text("、", ", "))
                // The question by its number, as its question was read out; its words otherwise.
                let asked = q.questionNumber(scenario.node).map { spokenNumber($0, lang) } ?? question(scenario.node) ?? ""
                return lang.text("\(asked) で \(scenario.answer[lang]) と答えると、\(classes)。",
                                 "\(asked), answering \(scenario.answer[lang]), gives: \(classes).")
            }
        case lang.text("回答の経過", "Path of answers"):
            return r.path.map { spokenNumber($0.number, lang) + ": " + lang.text("\($0.question[lang]) 回答: \($0.answer[lang])", "\($0.question[lang]) Answer: \($0.answer[lang])") }
        case lang.text("結論を左右しない「わからない」", "Not-sure answers that do not change the class"):
            return r.notDecisive.compactMap(question)
        case lang.text("経路上にない回答（使用せず）", "Answers not on the path (unused)"):
            return r.unused.compactMap(question)
        default:
            return section.items.map { spokenItem($0, lang) }
        }
    }

    /// Whether a section lists casebook entries ("(1-1) …" items in the exports).
    private static func listsCases(_ section: ResultSections.Section) -> Bool {
        section.items.contains { $0.range(of: caseNumberPrefix, options: .regularExpression) != nil }
    }

    private static let caseNumberPrefix = #"^\((\d+-\d+)\) "#

    /// An export's item as a sentence: a leading case number "(1-1) " becomes "事例 1-1：", an arrow a comma.
    static func spokenItem(_ item: String, _ lang: Language) -> String {
        let text = item.replacingOccurrences(of: " -> ", with: lang.text("、", ": "))
        guard let range = text.range(of: caseNumberPrefix, options: .regularExpression) else { return text }
        return caseItem(text[range].dropFirst().prefix { $0 != ")" }, text[range.upperBound...], lang)
    }

    /// `text` ending as a sentence, so a screen reader pauses before the next line.
    static func sentence(_ text: String, _ lang: Language) -> String {
        guard let last = text.last, !"。．.！？!?".contains(last) else { return text }
        return text + lang.text("。", ".")
    }

    /// One casebook entry: its number and list, the summary, the case as the casebook states it, the note.
    static func caseEntry(_ entry: CaseEntry, _ lang: Language) -> [String] {
        var lines = [lang.text("事例 \(entry.id)、\(entry.list.shortLabel[lang])。\(entry.summary[lang])",
                               "Case \(entry.id), \(entry.list.shortLabel[lang]). \(entry.summary[lang])"),
                     lang.text("事例の本文: ", "The case, in the casebook's Japanese: ") + entry.text]
        if let note = entry.note {
            lines.append(lang.text("留意事項: ", "Its note, 留意事項: ") + note)
        }
        return lines
    }

    /// A numbered list of casebook entries: number and summary.
    static func caseList(_ ids: [String], _ q: Questionnaire, _ lang: Language, whole: Bool = false) -> [String] {
        list(whole ? lang.text("事例集のすべての事例", "The whole casebook") : lang.text("関係する事例", "Casebook entries"), ids.map { id in
            caseItem(id, q.caseEntry(id)?.summary[lang] ?? "", lang)
        }, lang, ofCases: true)
    }

    /// One glossary term and its definition.
    static func term(_ term: GlossaryTerm, _ lang: Language) -> String {
        "\(term.term[lang]): \(term.definition[lang])"
    }
}
