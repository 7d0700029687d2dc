/// One graded scenario: what the trainee picked, what the facts decide, and the class their walk reached.
public struct TrainingRecord: Sendable, Hashable {
    public var scenario: String
    public var caseID: String?
    public var tags: [String]
    public var picked: Classification
    public var expected: Classification
    /// Nil when the trainee skipped the walk (and always in batch grading).
    public var walked: Classification?

    public var isCorrect: Bool { picked == expected }

    public init(item: TrainingItem, picked: Classification, walked: Classification? = nil) {
        scenario = item.id
        caseID = item.scenario.caseID
        tags = item.scenario.tags
        self.picked = picked
        expected = item.expected
        self.walked = walked
    }
}
