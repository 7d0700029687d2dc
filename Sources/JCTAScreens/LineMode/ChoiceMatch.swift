import JCTACore

/// Which choice a typed text names when it is not the whole label: the label's beginning up to a
/// punctuation mark (「はい」 for 「はい、対象者に直接用いる」), or, in English, a whole word or phrase of the
/// label ("drug" for "A drug (not an in-vitro diagnostic)"), ignoring case and "a", "an", "the". Only a text
/// that names one choice answers; the line mode never guesses between several. Words are matched whole, so
/// "no" never names "None of these".
enum ChoiceMatch: Equatable {
    case one(Int)
    /// The indices of every choice the text could mean.
    case several([Int])
    case none

    init(_ typed: String, labels: [String], language: Language) {
        let wanted = Self.comparable(typed)
        let words = Self.words(typed)
        var matches: [Int] = []
        for (index, label) in labels.enumerated() where !wanted.isEmpty {
            let text = Self.comparable(label)
            if text == wanted || Self.beginnings(text).contains(wanted) {
                matches.append(index)
            } else if language == .en, !words.isEmpty, Self.words(label).containsRun(words) {
                matches.append(index)
            }
        }
        switch matches.count {
        case 0: self = .none
        case 1: self = .one(matches[0])
        default: self = .several(matches)
        }
    }

    /// Width, case and runs of spaces do not matter.
    static func comparable(_ text: String) -> String {
        PlainEntry.normalized(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The label's beginnings that end just before a punctuation mark: 「はい」 of 「はい、…」.
    static func beginnings(_ label: String) -> [String] {
        label.indices.filter { label[$0].isPunctuation }
            .map { comparable(String(label[..<$0])) }
            .filter { !$0.isEmpty }
    }

    /// The words of an English text, lower-cased, without articles.
    static func words(_ text: String) -> [String] {
        comparable(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !["a", "an", "the"].contains($0) }
    }
}

private extension Array where Element == String {
    /// Whether `run` appears here as consecutive elements.
    func containsRun(_ run: [String]) -> Bool {
        guard run.count <= count else { return false }
        return (0...(count - run.count)).contains { Array(self[$0..<($0 + run.count)]) == run }
    }
}
