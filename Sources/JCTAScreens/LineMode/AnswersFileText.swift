import Foundation
import JCTACore

/// The answers given so far as an answers file, for a session that ended before its result:
/// `jcta classify --answers FILE` reads it and names the question still to answer.
enum AnswersFileText {
    private struct File: Encodable {
        var edition: String
        var study_date: String?
        var answers: [String: String]
    }

    static func render(edition: String, studyDate: CivilDate?, answers: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let file = File(edition: edition, study_date: studyDate?.description, answers: answers)
        // Strings only: encoding cannot fail.
        let data = (try? encoder.encode(file)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
