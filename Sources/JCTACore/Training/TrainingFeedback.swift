/// What the trainee is shown after picking a class (and perhaps walking the tree): the right class, the
/// path that decides it, the cases and articles behind it, the teaching point, and why a wrong pick was wrong.
public struct TrainingFeedback: Sendable, Hashable {
    public var scenario: TrainingScenario
    public var picked: Classification
    public var key: ClassificationResult
    /// The casebook entry the scenario retells, when it retells one.
    public var retoldCase: CaseEntry?
    /// Nil when the pick is right.
    public var wrongChoice: WrongChoiceExplanation?
    /// Nil when the trainee skipped the walk.
    public var walk: WalkComparison?
    /// Path steps whose answer rules out the pick (empty when the pick is right).
    public var decisiveNodes: Set<String>

    public var isCorrect: Bool { picked == key.classification }

    public init(item: TrainingItem, picked: Classification, walk: ClassificationResult?, questionnaire: Questionnaire) {
        scenario = item.scenario
        self.picked = picked
        key = item.key
        retoldCase = item.scenario.caseID.flatMap(questionnaire.caseEntry)
        wrongChoice = WrongChoiceExplanation(picked: picked, item: item, questionnaire: questionnaire)
        self.walk = walk.map { WalkComparison(walk: $0, key: item.key) }
        decisiveNodes = Set(wrongChoice?.decisive.map(\.node) ?? [])
    }

    /// The feedback as titled sections in one language, shared by line mode and the screens.
    public func sections(_ language: Language) -> [ResultSections.Section] {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        var sections: [ResultSections.Section] = []
        let verdict = isCorrect ? t("正解", "Correct") : t("不正解", "Not correct")
        var head = ["\(verdict): " + t("正しい分類は", "the class is ") + key.classification.label[language]
                    + (key.reason.map { " (\($0))" } ?? "") + t("（\(key.edition)年版）", " (edition \(key.edition))"),
                    key.headline[language]]
        if let wrongChoice { head += wrongChoice.lines(language) }
        sections.append(.init(title: t("判定", "Verdict"), items: head))
        if let walk { sections.append(.init(title: t("あなたの回答の道筋", "Your walk"), items: walk.lines(language))) }
        sections.append(.init(title: t("判定を決める回答の経過（*は選択を分けた回答）", "The path that decides it (* marks answers that rule out your pick)"),
                         items: key.path.enumerated().map { index, step in
                             let mark = decisiveNodes.contains(step.node) ? "*" : " "
                             return "\(mark)\(index + 1). \(step.question[language]) -> \(step.answer[language])"
                         }))
        if !key.toConfirm.isEmpty {
            sections.append(.init(title: t("確認が必要な事項", "Facts to confirm"), items: key.toConfirm.map { $0[language] }))
        }
        var basis: [String] = []
        if let retoldCase {
            basis.append(t("この事例は事例集 (\(retoldCase.id)) です: ", "This retells casebook entry (\(retoldCase.id)): ")
                         + retoldCase.summary[language])
        }
        basis += key.cases.filter { $0 != retoldCase?.id }.map { id in "(\(id)) " + (key.caseSummaries[id]?[language] ?? "") }
        basis += key.articles.map { "\($0.label[language]): \($0.gist[language])" }
        sections.append(.init(title: t("根拠（事例・条文）", "Cases and articles"), items: basis))
        if !key.caveats.isEmpty { sections.append(.init(title: t("留意事項", "Caveats"), items: key.caveats.map { $0[language] })) }
        sections.append(.init(title: t("解説", "Teaching point"), items: [scenario.teachingPoint[language]]))
        return sections
    }
}
