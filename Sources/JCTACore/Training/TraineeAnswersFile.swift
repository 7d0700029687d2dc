import Foundation

/// A trainee's answers collected by a trainer:
/// `{"trainee": "…", "seed": 7, "count": 10, "filters": ["3"], "edition": "2025", "answers": {"<exercise id>": "<class>"}}`,
/// or a JSON score sheet that `jcta train` saved (graded again under the rules in use). Only `answers` is
/// required; unknown keys are errors. A class is written as `ClassAnswer` reads it. Exercise ids and classes
/// are checked by `BatchGrader`, which names every bad one at once.
public struct TraineeAnswersFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var scenario: String
        public var classification: String
        public var location: SourceLocation
        /// Where the class is written, when that is elsewhere (a CSV's third column).
        public var answerLocation: SourceLocation? = nil
    }

    /// Where the answers came from (a file name, `<stdin>`, or `file.csv` and the trainee).
    public var source: String
    public var trainee: String?
    /// The round the answers belong to: with a seed, completeness is checked against it.
    public var seed: UInt64?
    public var count: Int?
    public var filters: [String]
    public var edition: String?
    /// In the order written.
    public var answers: [Entry]

    public init(source: String, trainee: String? = nil, seed: UInt64? = nil, count: Int? = nil, filters: [String] = [],
                edition: String? = nil, answers: [Entry] = []) {
        self.source = source
        self.trainee = trainee
        self.seed = seed
        self.count = count
        self.filters = filters
        self.edition = edition
        self.answers = answers
    }

    public static let keys = ["trainee", "seed", "count", "filters", "edition", "answers"]

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> TraineeAnswersFile {
        let value = try JSONValue.parse(text, file: file)
        guard case .object(let members, _) = value else {
            throw Diagnostic(.wrongType, at: value.location, "a trainee answers file must be a JSON object, found \(value.kindName)",
                             fix: "write {\"trainee\": \"…\", \"answers\": {\"<exercise id>\": \"<class>\"}}")
        }
        if members.contains(where: { $0.key == "rows" }) { return try ScoreSheetInput.answers(members, at: value.location, file: file) }
        var parsed = TraineeAnswersFile(source: file)
        var seen = Set<String>()
        var sawAnswers = false
        for member in members {
            guard seen.insert(member.key).inserted else {
                throw Diagnostic(.duplicateKey, at: member.at, "the key '\(member.key)' appears twice", fix: "keep one of them")
            }
            switch member.key {
            case "trainee": parsed.trainee = try member.value.stringValue(what: "trainee")
            case "edition": parsed.edition = try member.value.stringValue(what: "edition")
            case "seed": parsed.seed = try wholeNumber(member.value, what: "seed")
            case "count":
                guard let count = try wholeNumber(member.value, what: "count"), count >= 1, count <= UInt64(Int.max) else {
                    throw Diagnostic(.badValue, at: member.value.location, "count must be at least 1", fix: "write the --count of the round")
                }
                parsed.count = Int(count)
            case "filters": parsed.filters = try strings(member.value, what: "filters")
            case "answers":
                sawAnswers = true
                guard case .object(let entries, _) = member.value else {
                    throw Diagnostic(.wrongType, at: member.value.location, "answers must be an object, found \(member.value.kindName)",
                                     fix: "write \"answers\": {\"<exercise id>\": \"<class>\"}")
                }
                var answered = Set<String>()
                for entry in entries {
                    guard answered.insert(entry.key).inserted else {
                        throw Diagnostic(.duplicateKey, at: entry.at, "exercise '\(entry.key)' is answered twice", fix: "keep one answer")
                    }
                    let written: String
                    if case .number(let digits, _) = entry.value { written = digits } else if case .null = entry.value {
                        written = ""  // left unanswered, as a blank is
                    } else {
                        written = try entry.value.stringValue(what: "the answer to '\(entry.key)'")
                    }
                    parsed.answers.append(Entry(scenario: entry.key, classification: written, location: entry.at))
                }
            default:
                throw Diagnostic(.unknownKey, at: member.at, "unknown key '\(member.key)'", fix: "use one of: \(keys.joined(separator: ", "))")
            }
        }
        guard sawAnswers else {
            throw Diagnostic(.missingKey, at: value.location, "the file has no \"answers\"", fix: "add \"answers\": {…}")
        }
        return parsed
    }

    /// Opens the answers block a Markdown score sheet ends with (an HTML comment holding an answers file).
    public static let markdownMarker = "<!-- jcta-answers "

    /// A Markdown score sheet read back as answers, from the block it ends with.
    public static func parse(markdownSheet text: String, file: String) throws(Diagnostic) -> TraineeAnswersFile {
        guard let start = text.range(of: markdownMarker, options: .backwards),
              let end = text.range(of: "-->", range: start.upperBound..<text.endIndex) else {
            throw Diagnostic(.missingKey, at: SourceLocation(file: file, line: 1, column: 1),
                             "this Markdown file is not a score sheet that jcta can read back (it has no answers block)",
                             fix: "grade the JSON answers or sheet instead, or save the sheet again with this jcta (`--sheet-format json` for JSON)")
        }
        let line = text[..<start.upperBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        var parsed = try parse(String(text[start.upperBound..<end.lowerBound]), file: file)
        parsed.answers = parsed.answers.map { Entry(scenario: $0.scenario, classification: $0.classification,
                                                    location: SourceLocation(file: file, line: line, column: 1)) }
        return parsed
    }

    static func wholeNumber(_ value: JSONValue, what: String) throws(Diagnostic) -> UInt64? {
        if case .null = value { return nil }
        guard case .number(let digits, _) = value, let number = UInt64(digits) else {
            throw Diagnostic(.badValue, at: value.location, "\(what) must be a whole number from 0 to \(UInt64.max)",
                             fix: "write the \(what) the round was run with, e.g. \"\(what)\": 7")
        }
        return number
    }

    static func strings(_ value: JSONValue, what: String) throws(Diagnostic) -> [String] {
        guard case .array(let items, _) = value else {
            throw Diagnostic(.wrongType, at: value.location, "\(what) must be a list, found \(value.kindName)", fix: "write [\"3\", \"funding\"]")
        }
        var out: [String] = []
        for item in items { out.append(try item.stringValue(what: "an item of \(what)")) }
        return out
    }
}

/// A JSON score sheet read back as answers: its trainee, round and picks (an unanswered row stays missing).
enum ScoreSheetInput {
    static func answers(_ members: [(key: String, value: JSONValue, at: SourceLocation)], at location: SourceLocation,
                        file: String) throws(Diagnostic) -> TraineeAnswersFile {
        var parsed = TraineeAnswersFile(source: file)
        for member in members {
            switch member.key {
            case "trainee":
                if case .null = member.value { continue }
                parsed.trainee = try member.value.stringValue(what: "trainee")
            case "seed": parsed.seed = try TraineeAnswersFile.wholeNumber(member.value, what: "seed")
            case "count":
                parsed.count = try TraineeAnswersFile.wholeNumber(member.value, what: "count").map { Int(clamping: $0) }
            case "filters": parsed.filters = try TraineeAnswersFile.strings(member.value, what: "filters")
            case "edition":
                guard case .object(let fields, _) = member.value, let id = fields.first(where: { $0.key == "id" }) else {
                    throw Diagnostic(.wrongType, at: member.value.location, "edition must be an object with an id", fix: "save the sheet again with jcta train")
                }
                parsed.edition = try id.value.stringValue(what: "edition id")
            case "rows":
                guard case .array(let rows, _) = member.value else {
                    throw Diagnostic(.wrongType, at: member.value.location, "rows must be a list, found \(member.value.kindName)", fix: "save the sheet again with jcta train")
                }
                for row in rows {
                    guard case .object(let fields, let rowAt) = row,
                          let scenario = fields.first(where: { $0.key == "scenario" }) else {
                        throw Diagnostic(.wrongType, at: row.location, "each row must be an object with a scenario", fix: "save the sheet again with jcta train")
                    }
                    let id = try scenario.value.stringValue(what: "scenario")
                    guard let picked = fields.first(where: { $0.key == "picked" }) else { continue }
                    if case .null = picked.value { continue }
                    parsed.answers.append(.init(scenario: id, classification: try picked.value.stringValue(what: "picked"), location: rowAt))
                }
            default: continue  // totals, tags and texts are recomputed from the rules in use
            }
        }
        return parsed
    }
}
