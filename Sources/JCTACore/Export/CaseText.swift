/// A casebook entry as text: number, list, the case, the 留意事項, and the questions that cite it.
public enum CaseText {
    public static func render(_ entry: CaseEntry, questionnaire q: Questionnaire, language: Language) -> String {
        let ja = language == .ja
        var out = "(\(entry.id)) [\(entry.list.shortLabel[language])] \(entry.summary[language])\n"
        out += (ja ? "事例: " : "Case: ") + entry.text + "\n"
        if let note = entry.note {
            out += (ja ? "留意事項: " : "Note (留意事項): ") + note + "\n"
        }
        if let qa = entry.qa {
            out += (ja ? "QAの参照について: " : "About the QA it cites: ") + qa[language] + "\n"
        }
        let citing = q.nodes.filter { node in node.cases.contains { $0.id == entry.id } }.map(\.id)
        if !citing.isEmpty {
            out += (ja ? "関係する質問: " : "Questions citing it: ") + citing.joined(separator: ", ") + "\n"
        }
        return out
    }
}
