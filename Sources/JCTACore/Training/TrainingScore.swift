/// The score of a session or an answers file: the total and the breakdown by tag (list and topic).
public struct TrainingScore: Sendable, Hashable {
    public struct Tally: Sendable, Hashable {
        public var tag: String
        public var correct: Int
        public var total: Int
    }

    public var correct: Int
    public var total: Int
    /// One tally per tag that occurs, list numbers first, then topics alphabetically.
    public var byTag: [Tally]

    public init(_ records: [TrainingRecord]) {
        correct = records.filter(\.isCorrect).count
        total = records.count
        var tallies: [String: Tally] = [:]
        for record in records {
            for tag in record.tags {
                tallies[tag, default: Tally(tag: tag, correct: 0, total: 0)].total += 1
                if record.isCorrect { tallies[tag]!.correct += 1 }
            }
        }
        byTag = TrainingTags.ordered(tallies.keys).map { tallies[$0]! }
    }

    /// Whole per cent, rounded half up; 0 for an empty session.
    public var percent: Int {
        total == 0 ? 0 : (correct * 200 + total) / (total * 2)
    }
}
