/// Reading a kiosk's usage log (JSON Lines: `time`, `edition`, `class`, `duration_seconds`, one screening a
/// line). A line that cannot be read is kept as a problem naming file and line; the others still count.
public enum UsageLog {
    public struct Screening: Sendable, Hashable {
        /// The kiosk's local day, as written in `time`.
        public var day: CivilDate
        public var edition: String
        public var classification: Classification
        public var durationSeconds: Int
    }

    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String

        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// The screenings and problems of one file's text; blank lines are skipped.
    public static func read(_ text: String, file: String) -> (screenings: [Screening], problems: [Problem]) {
        var screenings: [Screening] = []
        var problems: [Problem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            switch parse(String(trimmed)) {
            case .success(let screening): screenings.append(screening)
            case .failure(let reason): problems.append(Problem(file: file, line: index + 1, reason: reason.text))
            }
        }
        return (screenings, problems)
    }

    struct Reason: Error {
        var text: String
    }

    static func parse(_ line: String) -> Result<Screening, Reason> {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line, file: "")
        } catch {
            return .failure(Reason(text: "not a complete JSON object (\(error.message))"))
        }
        guard case .object(let members, _) = value else { return .failure(Reason(text: "not a JSON object")) }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        guard case .string(let time, _)? = member("time") else { return .failure(Reason(text: "no \"time\" text")) }
        guard let day = CivilDate(iso: String(time.prefix(10))) else { return .failure(Reason(text: "\"time\" '\(time)' does not start with a date")) }
        guard case .string(let edition, _)? = member("edition"), !edition.isEmpty else { return .failure(Reason(text: "no \"edition\" text")) }
        guard case .string(let name, _)? = member("class") else { return .failure(Reason(text: "no \"class\" text")) }
        guard let classification = Classification(rawValue: name) else {
            return .failure(Reason(text: "\"class\" '\(name)' is not one of \(Classification.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard case .number(let number, _)? = member("duration_seconds"), let seconds = Int(number), seconds >= 0 else {
            return .failure(Reason(text: "\"duration_seconds\" is not a whole number of seconds"))
        }
        return .success(Screening(day: day, edition: edition, classification: classification, durationSeconds: seconds))
    }
}
