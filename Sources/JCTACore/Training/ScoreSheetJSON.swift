/// The score sheet as JSON for trainers' scripts and for `jcta train --answers`/`--report` to read back
/// (keys sorted, absent values null, so every row has the same keys).
enum ScoreSheetJSON {
    struct Row: Encodable {
        var number: Int
        var scenario: String
        var title: LocalizedText
        var `case`: String?
        var tags: [String]
        var topics: [LocalizedText]
        var picked: String?
        var expected: String
        var correct: Bool
        var walked: String?
        var decides: [LocalizedText]
        var teaching_point: LocalizedText?

        enum CodingKeys: String, CodingKey {
            case number, scenario, title, `case`, tags, topics, picked, expected, correct, walked, decides, teaching_point
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)
            try container.encode(scenario, forKey: .scenario)
            try container.encode(title, forKey: .title)
            try container.encode(`case`, forKey: .case)
            try container.encode(tags, forKey: .tags)
            try container.encode(topics, forKey: .topics)
            try container.encode(picked, forKey: .picked)
            try container.encode(expected, forKey: .expected)
            try container.encode(correct, forKey: .correct)
            try container.encode(walked, forKey: .walked)
            try container.encode(decides, forKey: .decides)
            try container.encode(teaching_point, forKey: .teaching_point)
        }
    }
    struct Tally: Encodable {
        var tag: String
        var topic: LocalizedText
        var correct: Int
        var total: Int
    }
    struct Totals: Encodable {
        var correct: Int
        var total: Int
        var percent: Int
    }
    struct Payload: Encodable {
        var tool: String
        var trainee: String?
        var edition: JSONExport.Payload.Edition
        var seed: UInt64?
        var count: Int?
        var filters: [String]
        var date: String
        var time: String?
        var complete: Bool
        var not_reached: Int
        var rows: [Row]
        var totals: Totals
        var by_tag: [Tally]

        enum CodingKeys: String, CodingKey {
            case tool, trainee, edition, seed, count, filters, date, time, complete, not_reached, rows, totals, by_tag
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(tool, forKey: .tool)
            try container.encode(trainee, forKey: .trainee)
            try container.encode(edition, forKey: .edition)
            try container.encode(seed, forKey: .seed)
            try container.encode(count, forKey: .count)
            try container.encode(filters, forKey: .filters)
            try container.encode(date, forKey: .date)
            try container.encode(time, forKey: .time)
            try container.encode(complete, forKey: .complete)
            try container.encode(not_reached, forKey: .not_reached)
            try container.encode(rows, forKey: .rows)
            try container.encode(totals, forKey: .totals)
            try container.encode(by_tag, forKey: .by_tag)
        }
    }

    static func render(_ sheet: ScoreSheet) -> String {
        JSONExport.encode(Payload(
            tool: "jcta \(sheet.toolVersion)",
            trainee: sheet.trainee,
            edition: .init(id: sheet.edition, title: sheet.editionTitle, effective_period: sheet.effectivePeriod),
            seed: sheet.seed, count: sheet.count, filters: sheet.filters,
            date: sheet.date.description, time: sheet.time, complete: sheet.complete, not_reached: sheet.notReached,
            rows: sheet.records.enumerated().map { index, record in
                .init(number: index + 1, scenario: record.scenario, title: record.title, case: record.caseID, tags: record.tags,
                      topics: record.tags.map(TrainingTags.label), picked: record.picked?.rawValue, expected: record.expected.rawValue,
                      correct: record.isCorrect, walked: record.walked?.rawValue,
                      decides: record.explanation?.decisive.map { LocalizedText(ja: "\($0.question.ja) -> \($0.answer.ja)", en: "\($0.question.en) -> \($0.answer.en)") } ?? [],
                      teaching_point: record.isCorrect ? nil : record.teachingPoint)
            },
            totals: .init(correct: sheet.score.correct, total: sheet.score.total, percent: sheet.score.percent),
            by_tag: sheet.score.byTag.map { .init(tag: $0.tag, topic: TrainingTags.label($0.tag), correct: $0.correct, total: $0.total) }))
    }
}
