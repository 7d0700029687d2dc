/// One answers file classified under every edition side by side, with, for each difference between two
/// editions, the questions and rules that make it. Everything comes from the loaded editions and the
/// classifier, so new questions and outcomes are compared without change here.
public struct EditionComparison: Sendable {
    /// What one edition makes of the answers.
    public enum Verdict: Sendable {
        case classified(ClassificationResult)
        /// The walk reaches a question the file does not answer; `onlyThisEdition` when no other edition asks it.
        case needsAnswer(node: String, question: LocalizedText, choices: [String], onlyThisEdition: Bool)
        /// The answers do not fit this edition (a choice it does not have).
        case invalid(LocalizedText)
    }

    /// What one answer to the question an edition still needs would lead to under that edition, found by
    /// classifying the answers with that answer added.
    public struct Alternative: Sendable {
        public var choice: String
        public var answer: LocalizedText
        /// nil when that answer leads to a further unanswered question (`nextQuestion`).
        public var result: ClassificationResult?
        public var nextQuestion: LocalizedText?
        /// The result's caveats that no other edition's result carries: those that bear on the difference.
        public var caveats: [LocalizedText]
    }

    public struct Column: Sendable {
        public var edition: String
        public var title: LocalizedText
        public var effectivePeriod: String
        public var verdict: Verdict
        /// For a verdict that needs an answer: each real answer (not 「わからない」) and where it leads.
        public var alternatives: [Alternative] = []
        /// The result's caveats that no other edition's result carries (empty when the editions agree).
        public var distinctCaveats: [LocalizedText] = []

        public var result: ClassificationResult? {
            if case .classified(let result) = verdict { return result }
            return nil
        }
    }

    /// A question on one edition's path that makes the two editions part.
    public struct Cause: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// Only this edition asks the question.
            case askedOnlyHere
            /// Both ask it, but the same answer leads elsewhere in this edition.
            case leadsElsewhere
        }
        public var edition: String
        public var kind: Kind
        public var node: String
        /// The question's fixed number in this edition, as its question screen shows it.
        public var number: Int
        public var question: LocalizedText
        public var answer: LocalizedText
        /// The provisions the question cites in this edition: the rule that makes the difference.
        public var articles: [Article]
    }

    /// Two editions that disagree on the class or its grounds, and why.
    public struct Difference: Sendable {
        public var from: String
        public var to: String
        public var causes: [Cause]
    }

    public var columns: [Column]
    public var differences: [Difference]
    /// Set when the study began under one edition and is screened under a later one.
    public var transition: EditionTransition?

    public init(answers: [String: String], editions: [Questionnaire], studyDate: CivilDate?, screenedOn: CivilDate) {
        let askedBy = Dictionary(grouping: editions.flatMap { q in q.nodes.map { ($0.id, q.edition) } }, by: \.0)
            .mapValues { Set($0.map(\.1)) }
        let allNodes = Set(askedBy.keys)
        var columns = editions.map { q -> Column in
            let others = allNodes.subtracting(q.nodes.map(\.id))
            let verdict: Verdict
            var alternatives: [Alternative] = []
            switch Classifier(q).classify(answers, otherEditionNodes: others) {
            case .success(let result):
                verdict = .classified(result)
            case .failure(.missingAnswer(let node)):
                let question = q.node(node)!
                verdict = .needsAnswer(node: node, question: question.question, choices: question.choices.map(\.id),
                                       onlyThisEdition: askedBy[node] == [q.edition])
                alternatives = question.choices.filter { !$0.unsure }.map { choice in
                    var tried = answers
                    tried[node] = choice.id
                    var alternative = Alternative(choice: choice.id, answer: choice.label, result: nil, nextQuestion: nil, caveats: [])
                    switch Classifier(q).classify(tried, otherEditionNodes: others) {
                    case .success(let result): alternative.result = result
                    case .failure(.missingAnswer(let next)): alternative.nextQuestion = q.node(next)?.question
                    case .failure: break
                    }
                    return alternative
                }
            case .failure(.unknownNode(let node)):
                verdict = .invalid(LocalizedText(ja: "'\(node)' はどの版の質問でもありません", en: "'\(node)' is not a question of any edition"))
            case .failure(.unknownChoice(let node, let choice)):
                verdict = .invalid(LocalizedText(ja: "'\(choice)' は質問 '\(node)' の選択肢ではありません（選択肢: \(q.node(node)!.choices.map(\.id).joined(separator: ", "))）",
                                                 en: "'\(choice)' is not a choice of question '\(node)' (choices: \(q.node(node)!.choices.map(\.id).joined(separator: ", ")))"))
            }
            return Column(edition: q.edition, title: q.title, effectivePeriod: q.effectivePeriod, verdict: verdict,
                          alternatives: alternatives)
        }
        // A caveat bears on the difference when the other editions' results do not carry it too.
        for index in columns.indices {
            let elsewhere = Set(columns.indices.filter { $0 != index }.flatMap { columns[$0].result?.caveats ?? [] })
            let distinct = { (caveats: [LocalizedText]) in caveats.filter { !elsewhere.contains($0) } }
            if let result = columns[index].result, columns.contains(where: { $0.result.map { !Self.sameVerdict($0, result) } ?? true }) {
                columns[index].distinctCaveats = distinct(result.caveats)
            }
            for alternative in columns[index].alternatives.indices {
                columns[index].alternatives[alternative].caveats = distinct(columns[index].alternatives[alternative].result?.caveats ?? [])
            }
        }
        self.columns = columns
        var differences: [Difference] = []
        let classified = zip(editions, columns).compactMap { q, column in column.result.map { (q, $0) } }
        for (older, newer) in zip(classified, classified.dropFirst()) where Self.disagree(older.1, newer.1) {
            differences.append(Difference(from: older.0.edition, to: newer.0.edition,
                                          causes: Self.causes(older, newer) + Self.causes(newer, older)))
        }
        self.differences = differences
        transition = EditionTransition(studyDate: studyDate, screenedOn: screenedOn,
                                       periods: editions.map { .init(edition: $0.edition, from: $0.effectiveFrom, until: $0.effectiveUntil) })
    }

    /// Every embedded edition side by side, when the study began under an earlier edition than the one in
    /// force on the screening day (else nil): what a result and its exports then show beside the class.
    public static func forTransition(answers: [String: String], studyDate: CivilDate?, screenedOn: CivilDate) -> EditionComparison? {
        let periods = EditionCatalog.entries.map { EditionTransition.Period(edition: $0.id, from: $0.effectiveFrom, until: $0.effectiveUntil) }
        guard EditionTransition(studyDate: studyDate, screenedOn: screenedOn, periods: periods) != nil else { return nil }
        return EditionComparison(answers: answers, editions: EditionCatalog.loaded, studyDate: studyDate, screenedOn: screenedOn)
    }

    /// True when no edition gives a class: every one needs an answer or does not fit.
    public var nothingClassified: Bool { columns.allSatisfy { $0.result == nil } }

    static func sameVerdict(_ a: ClassificationResult, _ b: ClassificationResult) -> Bool { !disagree(a, b) }

    static func disagree(_ a: ClassificationResult, _ b: ClassificationResult) -> Bool {
        a.classification != b.classification || a.reason != b.reason || Set(a.articles.map(\.id)) != Set(b.articles.map(\.id))
    }

    /// The steps of `own`'s path that the other edition does not share: a question only `own` asks, or the
    /// same answer leading elsewhere (another question, another result, or a result of another class).
    static func causes(_ own: (Questionnaire, ClassificationResult), _ other: (Questionnaire, ClassificationResult)) -> [Cause] {
        let (q, result) = own
        let (otherQ, otherResult) = other
        var causes: [Cause] = []
        for (index, step) in result.path.enumerated() {
            guard let node = q.node(step.node), let choice = node.choice(step.choice) else { continue }
            let articles = node.articles.compactMap { q.article($0.id) }
            guard let otherNode = otherQ.node(step.node) else {
                causes.append(Cause(edition: q.edition, kind: .askedOnlyHere, node: node.id, number: q.questionNumber(node.id)!,
                                    question: node.question, answer: choice.label, articles: articles))
                continue
            }
            guard let otherChoice = otherNode.choice(step.choice),
                  otherResult.path.contains(where: { $0.node == step.node && $0.choice == step.choice }) else { continue }
            let isLast = index == result.path.count - 1
            let leadsElsewhere: Bool
            switch (choice.destination, otherChoice.destination) {
            case (.node(let a)?, .node(let b)?): leadsElsewhere = a.id != b.id
            case (.outcome(let a)?, .outcome(let b)?):
                leadsElsewhere = a.id != b.id || (isLast && disagree(result, otherResult))
            default: leadsElsewhere = true
            }
            // Reported once, from the newer edition's side.
            if leadsElsewhere && q.effectiveFrom > otherQ.effectiveFrom {
                causes.append(Cause(edition: q.edition, kind: .leadsElsewhere, node: node.id, number: q.questionNumber(node.id)!,
                                    question: node.question, answer: choice.label, articles: articles))
            }
        }
        return causes
    }
}
