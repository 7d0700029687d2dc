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
        public var reason: LocalizedText

        public var description: String { "\(file):\(line): \(reason.en)" }
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
        var text: LocalizedText

        init(_ ja: String, _ en: String) {
            text = LocalizedText(ja: ja, en: en)
        }
    }

    static func parse(_ line: String) -> Result<Screening, Reason> {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line, file: "")
        } catch {
            return .failure(Reason("完全な JSON オブジェクトではありません（途中で切れているか、書き方が崩れています）",
                                   "not a complete JSON object (\(error.message))"))
        }
        guard case .object(let members, _) = value else { return .failure(Reason("JSON オブジェクト（{…}）ではありません", "not a JSON object")) }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        guard case .string(let time, _)? = member("time") else { return .failure(Reason("日時（\"time\"）がありません", "no \"time\" text")) }
        guard let day = CivilDate(iso: String(time.prefix(10))) else { return .failure(Reason("日時（\"time\"）「\(time)」が日付で始まっていません", "\"time\" '\(time)' does not start with a date")) }
        guard case .string(let edition, _)? = member("edition"), !edition.isEmpty else { return .failure(Reason("版（\"edition\"）がありません", "no \"edition\" text")) }
        guard case .string(let name, _)? = member("class") else { return .failure(Reason("分類（\"class\"）がありません", "no \"class\" text")) }
        guard let classification = Classification(rawValue: name) else {
            return .failure(Reason("分類（\"class\"）「\(name)」は、特定臨床研究・臨床研究・対象外・要相談のどれを表す値でもありません",
                                   "\"class\" '\(name)' names none of the classes (specified, clinical research, outside the Act, consult)"))
        }
        guard case .number(let number, _)? = member("duration_seconds"), let seconds = Int(number), seconds >= 0 else {
            return .failure(Reason("所要時間（\"duration_seconds\"）が 0 以上の整数の秒数ではありません", "\"duration_seconds\" is not a whole number of seconds"))
        }
        return .success(Screening(day: day, edition: edition, classification: classification, durationSeconds: seconds))
    }
}
