/// What the trainee is shown after picking a class (and perhaps walking the tree): the right class, the
/// path that decides it, the cases and articles behind it, the teaching point, and why a wrong pick was wrong.
public struct TrainingFeedback: Sendable, Hashable {
    public struct CitedCase: Sendable, Hashable {
        public var id: String
        public var summary: LocalizedText
    }

    public var scenario: TrainingScenario
    public var picked: Classification
    public var key: ClassificationResult
    /// The casebook entry the scenario retells, when it retells one.
    public var retoldCase: CaseEntry?
    /// Nil when the pick is right.
    public var wrongChoice: WrongChoiceExplanation?
    /// Nil when the trainee skipped the walk.
    public var walk: WalkComparison?
    /// Path steps that decide the class (empty when the pick is right); only these are marked.
    public var decisiveNodes: Set<String>
    /// The casebook entries that fit this scenario, with our summaries: the one it retells and those its
    /// teaching point names.
    public var citedCases: [CitedCase]
    /// Caveats that apply to this scenario: those its own answers raise and, when the class is 要相談, the
    /// result's own notes on what is unsettled. An outcome's general caveats about other kinds of study
    /// are left to the screening result.
    public var caveats: [LocalizedText]

    public var isCorrect: Bool { picked == key.classification }

    public init(item: TrainingItem, picked: Classification, walk: ClassificationResult?, questionnaire: Questionnaire) {
        scenario = item.scenario
        self.picked = picked
        key = item.key
        retoldCase = item.scenario.caseID.flatMap(questionnaire.caseEntry)
        wrongChoice = WrongChoiceExplanation(picked: picked, item: item, questionnaire: questionnaire)
        self.walk = walk.map { WalkComparison(walk: $0, key: item.key) }
        decisiveNodes = Set(wrongChoice?.decisive.map(\.node) ?? [])
        citedCases = item.scenario.citedCases.compactMap { id in questionnaire.caseEntry(id).map { CitedCase(id: id, summary: $0.summary) } }
        var caveats = item.key.path.compactMap { questionnaire.node($0.node)?.choice($0.choice)?.caveat }
        if item.key.classification == .consult, let outcome = questionnaire.outcome(item.key.outcome) {
            caveats += outcome.caveats
        }
        self.caveats = uniqued(caveats)
    }

    /// The verdict line: right or not, and the class with its edition (the headline below gives the
    /// reason in words).
    public func verdict(_ language: Language) -> String {
        let ja = language == .ja
        return (isCorrect ? (ja ? "正解" : "Correct") : (ja ? "不正解" : "Not correct")) + ": "
            + (ja ? "\(key.edition)年版の正しい分類は" : "under edition \(key.edition) the class is ") + key.classification.label[language]
    }

    /// The feedback as titled sections in one language, shared by line mode and the screens. The first
    /// sections are what a trainee needs on the first page: the verdict with what decides the class, then
    /// the teaching point; the path, cases and caveats follow.
    public func sections(_ language: Language) -> [ResultSections.Section] {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        var sections: [ResultSections.Section] = []
        var head = [verdict(language), key.headline[language]]
        if let wrongChoice { head += wrongChoice.lines(language) }
        sections.append(.init(title: t("判定", "Verdict"), items: head))
        sections.append(.init(title: t("解説", "Teaching point"), items: [scenario.teachingPoint[language]]))
        if let walk { sections.append(.init(title: t("あなたの回答の道筋", "Your walk"), items: walk.lines(language))) }
        let marked = !decisiveNodes.isEmpty
        sections.append(.init(title: marked ? t("判定を決める回答の経過（*は分類を決めた回答）", "The path that decides it (* marks the answers that decide)")
                                            : t("判定を決める回答の経過", "The path that decides it"),
                         items: key.path.map { step in
                             let mark = decisiveNodes.contains(step.node) ? "*" : " "
                             return mark + QuestionNode.numberLabel(step.number, language) + " \(step.question[language]) -> \(step.answer[language])"
                         }))
        if !key.toConfirm.isEmpty {
            sections.append(.init(title: t("確認が必要な事項", "Facts to confirm"), items: key.toConfirm.map { $0[language] }))
        }
        var basis: [String] = []
        for cited in citedCases {
            let lead = cited.id == retoldCase?.id ? t("この設問が題材にした事例", "Retold casebook entry") : t("関連する事例", "Related casebook entry")
            basis.append("\(lead) (\(cited.id)): " + cited.summary[language])
        }
        basis += key.articles.map { "\($0.label[language]): \($0.gist[language])" }
        sections.append(.init(title: t("根拠（事例・条文）", "Cases and articles"), items: basis))
        if !caveats.isEmpty { sections.append(.init(title: t("留意事項", "Caveats"), items: caveats.map { $0[language] })) }
        return sections
    }
}
