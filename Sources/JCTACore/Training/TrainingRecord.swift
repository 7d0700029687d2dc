/// One graded exercise: what the trainee picked (nil when the answer is missing), what the facts decide, the
/// class their walk reached, and, for a miss, what decides the class and the teaching point.
public struct TrainingRecord: Sendable, Hashable {
    public var scenario: String
    public var title: LocalizedText
    public var caseID: String?
    public var tags: [String]
    /// Nil when the trainee gave no answer: a missing answer counts as wrong.
    public var picked: Classification?
    public var expected: Classification
    /// Nil when the trainee skipped the walk (and always in batch grading).
    public var walked: Classification?
    /// For a wrong pick: what decides the class (nil when right or unanswered).
    public var explanation: WrongChoiceExplanation?
    public var teachingPoint: LocalizedText

    public var isCorrect: Bool { picked == expected }

    public init(item: TrainingItem, picked: Classification?, walked: Classification? = nil, questionnaire: Questionnaire? = nil) {
        scenario = item.id
        title = item.scenario.title
        caseID = item.scenario.caseID
        tags = item.scenario.tags
        self.picked = picked
        expected = item.expected
        self.walked = walked
        teachingPoint = item.scenario.teachingPoint
        explanation = picked.flatMap { picked in
            questionnaire.flatMap { WrongChoiceExplanation(picked: picked, item: item, questionnaire: $0) }
        }
    }

    /// The question lines that decide the class, for a miss: the explanation's named rows.
    public func decisiveQuestions(_ language: Language) -> [String] {
        // An arrow, not "->": Markdown would show the escaped ">" as "-\>".
        explanation?.decisive.map { "\($0.question[language]) → \($0.answer[language])" } ?? []
    }
}
