import Foundation

/// What a screen reader would speak as noise in a printed line: nested brackets, square brackets (section
/// markers), a dangling dash, a bullet, an arrow or prompt sign, a version string, a snake_case id.
/// Tests/EndToEnd/test_line_mode.py applies the same rules to the built binary's output.
enum ScreenReaderNoise {
    static func problems(_ line: String) -> [String] {
        var found: [String] = []
        var depth = 0
        // Sub-numbers of a statutory citation, "Art. 2(2)(i)", are how the law is cited, not nesting.
        let uncited = line.replacingOccurrences(of: #"(?<=[0-9A-Za-z)])\([0-9ivxlc]{1,4}\)"#, with: "", options: .regularExpression)
        for character in uncited {
            if "(（{｛".contains(character) {
                depth += 1
                if depth > 1 { found.append("nested brackets") }
            } else if ")）}｝".contains(character) {
                depth = max(depth - 1, 0)
            }
        }
        let patterns: [(String, String)] = [
            (#"[\[\]［］]"#, "square brackets"),
            (#"(^|\s)[-–—]+(\s|$)"#, "a dangling dash"),
            (#"^\s*[*+•・-]"#, "a bullet"),
            (#"->|=>|<-|[<>→←⇒]"#, "an arrow or prompt sign"),
            (#"\d+\.\d+\.\d+"#, "a version string"),
            (#"\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b"#, "an internal id"),
        ]
        for (pattern, name) in patterns where line.range(of: pattern, options: .regularExpression) != nil {
            found.append(name)
        }
        return found
    }

    /// "line: problems" for every noisy line of `text`.
    static func report(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let problems = problems(String(line))
            return problems.isEmpty ? nil : "\(line): \(problems.joined(separator: ", "))"
        }
    }
}
