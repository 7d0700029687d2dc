/// The questions of an edition as a list, for people writing answers files.
public enum QuestionList {
    struct Payload: Encodable {
        struct Choice: Encodable {
            var id: String
            var label: LocalizedText
            var next: String?
            var outcome: String?
            var unsure: Bool?
        }
        struct Node: Encodable {
            var id: String
            var question: LocalizedText
            var choices: [Choice]
        }
        var edition: String
        var root: String
        var nodes: [Node]
    }

    /// `{"edition", "root", "nodes": [{"id", "question", "choices": [{"id", "label", "next"|"outcome"}]}]}`,
    /// choices in the order the screen numbers them.
    public static func json(_ q: Questionnaire) -> String {
        JSONExport.encode(Payload(edition: q.edition, root: q.root, nodes: q.nodes.map { node in
            Payload.Node(id: node.id, question: node.question, choices: node.choices.map { choice in
                var next: String?
                var outcome: String?
                switch choice.destination {
                case .node(let reference)?: next = reference.id
                case .outcome(let reference)?: outcome = reference.id
                case nil: break
                }
                return Payload.Choice(id: choice.id, label: choice.label, next: next, outcome: outcome,
                                      unsure: choice.unsure ? true : nil)
            })
        }))
    }

    public static func text(_ q: Questionnaire, language: Language) -> String {
        var out = "edition \(q.edition): \(q.title[language]) (\(q.effectivePeriod))\n"
        for (number, node) in zip(1..., q.nodes) {
            // The number every screen and error message gives the question, then the id an answers file uses.
            out += "\n" + QuestionNode.numberLabel(number, language) + " \(node.id): \(node.question[language])\n"
            for (index, choice) in node.choices.enumerated() {
                let target: String
                switch choice.destination {
                case .node(let reference)?: target = "-> \(reference.id)"
                case .outcome(let reference)?: target = "=> \(reference.id)"
                case nil: target = ""
                }
                out += "  \(index + 1). \(choice.id): \(choice.label[language]) \(target)\n"
            }
        }
        return out
    }
}
