import Foundation
import JCTACore

/// One finished screening for a kiosk's usage log: the edition, the class and how long it took. Nothing
/// typed by the user (no title, no free text) can get in; the runtime adds the time.
public struct UsageLogEntry: Hashable, Sendable {
    public var edition: String
    public var classification: Classification
    public var durationSeconds: Int

    public init(edition: String, classification: Classification, durationSeconds: Int) {
        self.edition = edition
        self.classification = classification
        self.durationSeconds = durationSeconds
    }

    private struct Line: Encodable {
        var time: String
        var edition: String
        var `class`: String
        var duration_seconds: Int
    }

    /// One JSON Lines record (with its newline): `time`, `edition`, `class`, `duration_seconds`.
    public func jsonLine(time: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Line(time: time, edition: edition, class: classification.rawValue, duration_seconds: durationSeconds)
        // Encoding strings and an integer cannot fail.
        let data = (try? encoder.encode(line)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
