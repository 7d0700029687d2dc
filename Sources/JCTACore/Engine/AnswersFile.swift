/// An answers file: `{"edition": "2025", "study_date": "2026-01-10", "title": "…", "answers": {"<node>": "<choice>"}}`.
/// Only `answers` is required; unknown keys are errors so a typo is never ignored.
public struct AnswersFile: Sendable, Equatable {
    public var edition: String?
    public var studyDate: CivilDate?
    public var title: String?
    public var answers: [String: String]

    public init(edition: String? = nil, studyDate: CivilDate? = nil, title: String? = nil, answers: [String: String]) {
        self.edition = edition
        self.studyDate = studyDate
        self.title = title
        self.answers = answers
    }

    public static let keys = ["edition", "study_date", "title", "answers"]

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> AnswersFile {
        let value = try JSONValue.parse(text, file: file)
        guard case .object(let members, _) = value else {
            throw Diagnostic(.wrongType, at: value.location, "an answers file must be a JSON object, found \(value.kindName)",
                             fix: "write {\"answers\": {\"<question id>\": \"<choice id>\"}}")
        }
        var file = AnswersFile(answers: [:])
        var sawAnswers = false
        var seen = Set<String>()
        for member in members {
            guard seen.insert(member.key).inserted else {
                throw Diagnostic(.duplicateKey, at: member.at, "the key '\(member.key)' appears twice", fix: "keep one of them")
            }
            switch member.key {
            case "edition": file.edition = try member.value.stringValue(what: "edition")
            case "title": file.title = try member.value.stringValue(what: "title")
            case "study_date":
                let date = try member.value.stringValue(what: "study_date")
                guard let parsed = CivilDate(iso: date) else {
                    throw Diagnostic(.badValue, at: member.value.location, "study_date '\(date)' is not a date", fix: "write YYYY-MM-DD")
                }
                file.studyDate = parsed
            case "answers":
                sawAnswers = true
                guard case .object(let answers, _) = member.value else {
                    throw Diagnostic(.wrongType, at: member.value.location, "answers must be an object, found \(member.value.kindName)",
                                     fix: "write \"answers\": {\"<question id>\": \"<choice id>\"}")
                }
                for answer in answers {
                    guard file.answers[answer.key] == nil else {
                        throw Diagnostic(.duplicateKey, at: answer.at, "question '\(answer.key)' is answered twice", fix: "keep one answer")
                    }
                    file.answers[answer.key] = try answer.value.stringValue(what: "the answer to '\(answer.key)'")
                }
            default:
                throw Diagnostic(.unknownKey, at: member.at, "unknown key '\(member.key)'", fix: "use one of: \(keys.joined(separator: ", "))")
            }
        }
        guard sawAnswers else {
            throw Diagnostic(.missingKey, at: value.location, "the file has no \"answers\"", fix: "add \"answers\": {…}")
        }
        return file
    }
}
