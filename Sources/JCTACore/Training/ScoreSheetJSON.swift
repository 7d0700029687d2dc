/// The score sheet as JSON for trainers' scripts (keys sorted, so output is stable).
enum ScoreSheetJSON {
    struct Payload: Encodable {
        struct Row: Encodable {
            var number: Int
            var scenario: String
            var `case`: String?
            var tags: [String]
            var picked: String
            var expected: String
            var correct: Bool
            var walked: String?

            enum CodingKeys: String, CodingKey { case number, scenario, `case`, tags, picked, expected, correct, walked }

            // Absent values are written as null, so every row has the same keys for trainers' scripts.
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(number, forKey: .number)
                try container.encode(scenario, forKey: .scenario)
                try container.encode(`case`, forKey: .case)
                try container.encode(tags, forKey: .tags)
                try container.encode(picked, forKey: .picked)
                try container.encode(expected, forKey: .expected)
                try container.encode(correct, forKey: .correct)
                try container.encode(walked, forKey: .walked)
            }
        }
        struct Tally: Encodable {
            var tag: String
            var correct: Int
            var total: Int
        }
        struct Totals: Encodable {
            var correct: Int
            var total: Int
            var percent: Int
        }
        struct Edition: Encodable {
            var id: String
            var title: LocalizedText
            var effective_period: String
        }
        var tool: String
        var trainee: String?
        var edition: Edition
        var seed: UInt64?
        var filters: [String]
        var date: String
        var rows: [Row]
        var totals: Totals
        var by_tag: [Tally]

        enum CodingKeys: String, CodingKey { case tool, trainee, edition, seed, filters, date, rows, totals, by_tag }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(tool, forKey: .tool)
            try container.encode(trainee, forKey: .trainee)
            try container.encode(edition, forKey: .edition)
            try container.encode(seed, forKey: .seed)
            try container.encode(filters, forKey: .filters)
            try container.encode(date, forKey: .date)
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
            seed: sheet.seed,
            filters: sheet.filters,
            date: sheet.date.description,
            rows: sheet.records.enumerated().map { index, record in
                .init(number: index + 1, scenario: record.scenario, case: record.caseID, tags: record.tags,
                      picked: record.picked.rawValue, expected: record.expected.rawValue, correct: record.isCorrect,
                      walked: record.walked?.rawValue)
            },
            totals: .init(correct: sheet.score.correct, total: sheet.score.total, percent: sheet.score.percent),
            by_tag: sheet.score.byTag.map { .init(tag: $0.tag, correct: $0.correct, total: $0.total) }))
    }
}
