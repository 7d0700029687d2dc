import Foundation
import JCTACore

/// One line of a kiosk's usage log: the kiosk started or stopped, a screening reached a result (how it
/// ended, language, edition, class, duration), a wrong operator PIN, a PIN lockout. Nothing typed by the
/// user (no title, no free text, no PIN) can get in; the runtime adds the time.
public struct UsageLogEntry: Hashable, Sendable {
    public enum Event: String, Hashable, Sendable {
        case start
        case stop
        case screening
        case pinFailure = "pin_failure"
        case pinLockout = "pin_lockout"
    }

    /// What became of a result: saved to the export directory, printed, or left on screen until the next
    /// person or the idle reset.
    public enum Ending: String, Hashable, Sendable {
        case saved, printed, abandoned
    }

    public var event: Event
    public var edition: String?
    public var classification: Classification?
    public var ending: Ending?
    public var language: Language?
    public var durationSeconds: Int?
    /// A lockout's length; a stop's reason (`operator`, `SIGTERM`, `SIGHUP`).
    public var lockoutSeconds: Int?
    public var reason: String?

    public init(event: Event, edition: String? = nil, classification: Classification? = nil, ending: Ending? = nil,
                language: Language? = nil, durationSeconds: Int? = nil, lockoutSeconds: Int? = nil, reason: String? = nil) {
        self.event = event
        self.edition = edition
        self.classification = classification
        self.ending = ending
        self.language = language
        self.durationSeconds = durationSeconds
        self.lockoutSeconds = lockoutSeconds
        self.reason = reason
    }

    /// A screening that reached a result.
    public init(edition: String, classification: Classification, durationSeconds: Int, ending: Ending? = nil,
                language: Language? = nil) {
        self.init(event: .screening, edition: edition, classification: classification, ending: ending,
                  language: language, durationSeconds: durationSeconds)
    }

    private struct Line: Encodable {
        var time: String
        var event: String
        var edition: String?
        var `class`: String?
        var ending: String?
        var language: String?
        var duration_seconds: Int?
        var lockout_seconds: Int?
        var reason: String?
    }

    /// One JSON Lines record (with its newline): `time`, `event`, and what the event has of `edition`,
    /// `class`, `ending`, `language`, `duration_seconds`, `lockout_seconds`, `reason`.
    public func jsonLine(time: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Line(time: time, event: event.rawValue, edition: edition, class: classification?.rawValue,
                        ending: ending?.rawValue, language: language?.rawValue, duration_seconds: durationSeconds,
                        lockout_seconds: lockoutSeconds, reason: reason)
        // Encoding strings and integers cannot fail.
        let data = (try? encoder.encode(line)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
