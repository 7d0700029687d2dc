/// A trainee's answers collected by a trainer:
/// `{"trainee": "…", "seed": 7, "edition": "2025", "answers": {"<scenario id>": "specified"|"clinical"|"out_of_scope"|"consult"}}`.
/// Only `answers` is required; unknown keys are errors. Scenario ids and classes are checked by `BatchGrader`,
/// which names every bad one at once.
public struct TraineeAnswersFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var scenario: String
        public var classification: String
        public var location: SourceLocation
    }

    public var trainee: String?
    public var seed: UInt64?
    public var edition: String?
    /// In the order written.
    public var answers: [Entry]

    public static let keys = ["trainee", "seed", "edition", "answers"]

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> TraineeAnswersFile {
        let value = try JSONValue.parse(text, file: file)
        guard case .object(let members, _) = value else {
            throw Diagnostic(.wrongType, at: value.location, "a trainee answers file must be a JSON object, found \(value.kindName)",
                             fix: "write {\"trainee\": \"…\", \"answers\": {\"<scenario id>\": \"<class>\"}}")
        }
        var parsed = TraineeAnswersFile(trainee: nil, seed: nil, edition: nil, answers: [])
        var seen = Set<String>()
        var sawAnswers = false
        for member in members {
            guard seen.insert(member.key).inserted else {
                throw Diagnostic(.duplicateKey, at: member.at, "the key '\(member.key)' appears twice", fix: "keep one of them")
            }
            switch member.key {
            case "trainee": parsed.trainee = try member.value.stringValue(what: "trainee")
            case "edition": parsed.edition = try member.value.stringValue(what: "edition")
            case "seed":
                guard case .number(let digits, _) = member.value, let seed = UInt64(digits) else {
                    throw Diagnostic(.badValue, at: member.value.location, "seed must be a whole number from 0 to \(UInt64.max)",
                                     fix: "write the seed the session was run with, e.g. \"seed\": 7")
                }
                parsed.seed = seed
            case "answers":
                sawAnswers = true
                guard case .object(let entries, _) = member.value else {
                    throw Diagnostic(.wrongType, at: member.value.location, "answers must be an object, found \(member.value.kindName)",
                                     fix: "write \"answers\": {\"<scenario id>\": \"<class>\"}")
                }
                var answered = Set<String>()
                for entry in entries {
                    guard answered.insert(entry.key).inserted else {
                        throw Diagnostic(.duplicateKey, at: entry.at, "scenario '\(entry.key)' is answered twice", fix: "keep one answer")
                    }
                    parsed.answers.append(Entry(scenario: entry.key,
                                                classification: try entry.value.stringValue(what: "the answer to '\(entry.key)'"),
                                                location: entry.at))
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
}
