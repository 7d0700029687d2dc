/// Answers given to questions off the result's path, named as a reader knows them: the question by its number
/// in its edition's list of questions and its words, the answer by its label. The question may belong to
/// another embedded edition (an answers file written for both).
public enum UnusedAnswers {
    public struct Named: Sendable, Hashable {
        public var node: String
        public var choice: String
        /// "問12（2025 年版）「…」: 「はい…」"
        public var words: String
    }

    /// `editions` defaults to every embedded edition, decoded only when an answer is unused.
    public static func named(_ result: ClassificationResult, language lang: Language,
                             editions: [Questionnaire]? = nil) -> [Named] {
        guard !result.unused.isEmpty else { return [] }
        let editions = editions ?? EditionCatalog.loaded
        let own = editions.filter { $0.edition == result.edition }
        let searched = own + editions.filter { $0.edition != result.edition }
        return result.unused.map { node in
            let choice = result.unusedChoices[node] ?? ""
            guard let q = searched.first(where: { $0.node(node) != nil }), let index = q.nodes.firstIndex(where: { $0.id == node }) else {
                return Named(node: node, choice: choice, words: "\(node): \(choice)")
            }
            let question = q.nodes[index]
            let answer = question.choice(choice)?.label[lang] ?? choice
            let edition = q.edition == result.edition ? "" : (lang == .ja ? "（\(q.edition) 年版）" : " (\(q.edition) edition)")
            let number = QuestionNode.numberLabel(index + 1, lang)
            let words = lang == .ja
                ? "\(number)\(edition)「\(question.question[lang])」: 「\(answer)」"
                : "\(number)\(edition) “\(question.question[lang])”: “\(answer)”"
            return Named(node: node, choice: choice, words: words)
        }
    }
}
