/// A casebook entry as text: number, list, the case, the 留意事項, and the questions that cite it.
/// `caseLanguage` picks the casebook's Japanese words or our English rendering (marked as ours); by default
/// the screen's language.
public enum CaseText {
    public static func render(_ entry: CaseEntry, questionnaire q: Questionnaire, language: Language,
                              caseLanguage: Language? = nil) -> String {
        let ja = language == .ja
        let shown = caseLanguage ?? language
        var out = "(\(entry.id)) [\(entry.list.shortLabel[language])] \(entry.summary[language])\n"
        if entry.isRendering(shown) {
            out += ja ? "［英文は当方による訳で、公式の訳ではありません］\n" : "[Our English rendering, not an official translation]\n"
        }
        let original = !ja && shown == .ja
        out += (ja ? "事例: " : original ? "Case (casebook original): " : "Case: ") + entry.text(shown) + "\n"
        if let note = entry.note(shown) {
            out += (ja ? "留意事項: " : original ? "Note (留意事項, casebook original): " : "Note (留意事項): ") + note + "\n"
        }
        if let qa = entry.qa {
            out += (ja ? "QAの参照について: " : "About the QA it cites: ") + qa[language] + "\n"
        }
        let citing = q.nodes.filter { node in node.cases.contains { $0.id == entry.id } }.compactMap { q.questionName($0.id, language) }
        if !citing.isEmpty {
            out += (ja ? "関係する質問: " : "Questions citing it: ") + citing.joined(separator: ja ? "、" : "; ") + "\n"
        }
        return out
    }
}
