/// A class's answers in one CSV file, as a trainer collects them from a form: one row per answer,
/// `trainee,exercise,class` (a header row naming `trainee` is skipped; fields may be double-quoted). Rows are
/// grouped by trainee, in the order each first appears.
public enum TraineeAnswersCSV {
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> [TraineeAnswersFile] {
        var byTrainee: [String: TraineeAnswersFile] = [:]
        var order: [String] = []
        var answered = Set<[String]>()
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, raw) in lines.enumerated() {
            let line = String(raw).trimmingTrailingCarriageReturn
            let at = SourceLocation(file: file, line: index + 1, column: 1)
            if line.trimmed.isEmpty { continue }
            let located = try fields(of: line, at: at)
            let fields = located.map(\.text)
            if index == 0, fields.first?.lowercased() == "trainee" { continue }
            guard fields.count == 3 else {
                throw Diagnostic(.badValue, at: at, "expected 3 fields (trainee, exercise, class), found \(fields.count)",
                                 fix: "write one answer per line: 佐藤,case_3_10,対象外")
            }
            let (trainee, scenario, answer) = (fields[0], fields[1], fields[2])
            guard !trainee.isEmpty else { throw Diagnostic(.missingKey, at: at, "the trainee is empty", fix: "name the trainee in the first field") }
            guard answered.insert([trainee, scenario]).inserted else {
                throw Diagnostic(.duplicateKey, at: at, "\(trainee) answers '\(scenario)' twice", fix: "keep one answer")
            }
            if byTrainee[trainee] == nil {
                order.append(trainee)
                byTrainee[trainee] = TraineeAnswersFile(source: "\(file) (\(trainee))", trainee: trainee)
            }
            // Each value is placed at its own column, so an error names the field that is wrong.
            byTrainee[trainee]!.answers.append(.init(scenario: scenario, classification: answer,
                                                     location: SourceLocation(file: file, line: index + 1, column: located[1].column),
                                                     answerLocation: SourceLocation(file: file, line: index + 1, column: located[2].column)))
        }
        guard !order.isEmpty else {
            throw Diagnostic(.missingKey, at: SourceLocation(file: file, line: 1, column: 1), "the file has no answers",
                             fix: "write one answer per line: trainee,exercise,class")
        }
        return order.map { byTrainee[$0]! }
    }

    /// Splits a line at commas outside double quotes (`""` inside quotes is a quote), with the column each
    /// field starts at.
    static func fields(of line: String, at: SourceLocation) throws(Diagnostic) -> [(text: String, column: Int)] {
        var fields: [(text: String, column: Int)] = []
        var current = ""
        var quoted = false
        var characters = Array(line)[...]
        var column = 1
        var start = 1
        while let character = characters.popFirst() {
            column += 1
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { current.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append((current.trimmed, start))
                current = ""
                start = column
            } else {
                current.append(character)
            }
        }
        guard !quoted else { throw Diagnostic(.badValue, at: at, "a quoted field is not closed", fix: "close the quote") }
        fields.append((current.trimmed, start))
        return fields
    }
}

private extension String {
    var trimmingTrailingCarriageReturn: String { hasSuffix("\r") ? String(dropLast()) : self }
}
