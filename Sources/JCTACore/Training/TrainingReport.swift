/// What a trainer reads after a session: for each round (edition, seed, count, filters; rounds are never
/// mixed), each trainee's score, the share right per exercise, the weakest topics, and which class was
/// picked against which right class.
public struct TrainingReport: Sendable, Hashable {
    public struct Round: Sendable, Hashable {
        public struct Trainee: Sendable, Hashable {
            public var name: String
            /// The file the answers came from: two trainees of one name stay told apart.
            public var source: String?
            public var correct: Int
            public var unanswered: Int
            public var total: Int
            public var percent: Int
            /// In the round's order.
            public var records: [TrainingRecord]
        }
        public struct Exercise: Sendable, Hashable {
            public var id: String
            public var title: LocalizedText
            public var expected: Classification
            public var correct: Int
            public var total: Int
            public var percent: Int { TrainingReport.percent(correct, total) }
        }
        public struct Topic: Sendable, Hashable {
            public var tag: String
            public var correct: Int
            public var total: Int
            public var percent: Int { TrainingReport.percent(correct, total) }
        }

        public var edition: String
        public var editionTitle: LocalizedText
        public var seed: UInt64?
        public var count: Int?
        public var filters: [String]
        public var trainees: [Trainee]
        public var exercises: [Exercise]
        /// Weakest first.
        public var topics: [Topic]
        /// Right class → picked class (nil: unanswered) → how many answers.
        public var confusion: [Classification: [Classification?: Int]]
    }

    public var rounds: [Round]

    /// `sources` names the file of each sheet (same order), when known.
    public init(_ sheets: [ScoreSheet], sources: [String]? = nil) {
        var order: [String] = []
        var groups: [String: [(sheet: ScoreSheet, source: String?)]] = [:]
        for (index, sheet) in sheets.enumerated() {
            let key = "\(sheet.edition)|\(sheet.seed.map(String.init) ?? "-")|\(sheet.count.map(String.init) ?? "-")|\(sheet.filters.joined(separator: ","))"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((sheet, sources?[index]))
        }
        rounds = order.map { Self.round(groups[$0]!) }
    }

    static func round(_ graded: [(sheet: ScoreSheet, source: String?)]) -> Round {
        let sheets = graded.map(\.sheet)
        let first = sheets[0]
        var exercises: [String: Round.Exercise] = [:]
        var exerciseOrder: [String] = []
        var confusion: [Classification: [Classification?: Int]] = [:]
        var topics: [String: Round.Topic] = [:]
        for sheet in sheets {
            for record in sheet.records {
                if exercises[record.scenario] == nil {
                    exerciseOrder.append(record.scenario)
                    exercises[record.scenario] = .init(id: record.scenario, title: record.title, expected: record.expected, correct: 0, total: 0)
                }
                exercises[record.scenario]!.total += 1
                if record.isCorrect { exercises[record.scenario]!.correct += 1 }
                confusion[record.expected, default: [:]][record.picked, default: 0] += 1
                for tag in record.tags {
                    topics[tag, default: .init(tag: tag, correct: 0, total: 0)].total += 1
                    if record.isCorrect { topics[tag]!.correct += 1 }
                }
            }
        }
        let trainees = graded.enumerated().map { index, entry in
            Round.Trainee(name: entry.sheet.trainee ?? "#\(index + 1)", source: entry.source, correct: entry.sheet.score.correct,
                          unanswered: entry.sheet.missing.count, total: entry.sheet.score.total, percent: entry.sheet.score.percent,
                          records: entry.sheet.records)
        }
        let orderedTopics = TrainingTags.ordered(topics.keys).map { topics[$0]! }
            .enumerated().sorted { ($0.element.percent, $0.offset) < ($1.element.percent, $1.offset) }.map(\.element)
        return Round(edition: first.edition, editionTitle: first.editionTitle, seed: first.seed, count: first.count,
                     filters: first.filters, trainees: trainees, exercises: exerciseOrder.map { exercises[$0]! },
                     topics: orderedTopics, confusion: confusion)
    }

    static func percent(_ correct: Int, _ total: Int) -> Int {
        total == 0 ? 0 : (correct * 200 + total) / (total * 2)
    }
}
