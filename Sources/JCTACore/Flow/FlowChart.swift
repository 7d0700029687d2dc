/// The rules of one edition as a flowchart: every question a box (its number, the first sentence of the
/// question, the cases it cites), every choice a labelled arrow, every outcome a box coloured by class. With
/// answers, the path they take is drawn heavier in red. Built from the loaded questionnaire only.
public struct FlowChart: Sendable {
    public struct Box: Sendable, Hashable {
        public var id: String
        public var lines: [String]
        /// nil for a question.
        public var classification: Classification?
        public var onPath: Bool
    }

    public struct Arrow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var lines: [String]
        public var unsure: Bool
        public var onPath: Bool
    }

    public var title: String
    public var boxes: [Box]
    public var arrows: [Arrow]

    /// The font Debian's fonts-noto-cjk provides, so Japanese labels render in Graphviz.
    public static let font = "Noto Sans CJK JP"

    public init(_ q: Questionnaire, language lang: Language, answers: [String: String]? = nil) {
        let walk = answers.map { Walk(q, answers: $0) }
        let pathSteps = Set(walk?.steps ?? [])
        var reached: String?
        if case .outcome(let id)? = walk?.end { reached = id }
        let onPathNodes = Set(pathSteps.map(\.node))
        title = (lang == .ja ? "版 " : "Edition ") + "\(q.edition): \(q.title[lang]) (\(q.effectivePeriod))"

        var boxes: [Box] = []
        var arrows: [Arrow] = []
        for (index, node) in q.nodes.enumerated() {
            var lines = Self.wrap((lang == .ja ? "問\(index + 1) " : "Q\(index + 1). ") + Self.firstSentence(node.question[lang]))
            if !node.cases.isEmpty {
                lines += Self.wrap((lang == .ja ? "事例 " : "Cases ") + node.cases.map(\.id).joined(separator: ", "))
            }
            boxes.append(Box(id: "q_\(node.id)", lines: lines, classification: nil, onPath: onPathNodes.contains(node.id)))
            for choice in node.choices {
                let target: String
                switch choice.destination {
                case .node(let reference)?: target = "q_\(reference.id)"
                case .outcome(let reference)?: target = "o_\(reference.id)"
                case nil: continue
                }
                arrows.append(Arrow(from: "q_\(node.id)", to: target, lines: Self.wrap(choice.label[lang], width: 24),
                                    unsure: choice.unsure, onPath: pathSteps.contains(Walk.Step(node: node.id, choice: choice.id))))
            }
        }
        for outcome in q.outcomes {
            var lines = [outcome.classification.shortLabel[lang]] + Self.wrap(outcome.headline[lang])
            let cases = outcome.cases.map(\.id)
            if !cases.isEmpty { lines += Self.wrap((lang == .ja ? "事例 " : "Cases ") + cases.joined(separator: ", ")) }
            boxes.append(Box(id: "o_\(outcome.id)", lines: lines, classification: outcome.classification, onPath: outcome.id == reached))
        }
        self.boxes = boxes
        self.arrows = arrows
    }

    /// Fill and border colours of an outcome box by class (a question box is white).
    public static func colours(_ classification: Classification?) -> (fill: String, border: String) {
        switch classification {
        case .specified?: ("#f9d5d3", "#b3261e")
        case .clinical?: ("#fde7c2", "#b06000")
        case .outOfScope?: ("#d7ecd9", "#2e7d32")
        case .consult?: ("#dde3f8", "#3949ab")
        case nil: ("#ffffff", "#555555")
        }
    }

    public static let pathColour = "#d50000"

    /// The question up to the end of its first sentence: the box says what is asked; the screen has the rest.
    static func firstSentence(_ text: String) -> String {
        var out = ""
        for character in text {
            out.append(character)
            if character == "。" || character == "？" || character == "?" { break }
        }
        return out
    }

    /// Greedy wrap at `width` columns (CJK characters count two): breaks between CJK characters or at spaces,
    /// never inside a Latin word.
    static func wrap(_ text: String, width: Int = 34) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character == " " {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(" ")
            } else if character.unicodeScalars.first!.value >= 0x2E80 {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        func columns(_ token: String) -> Int { token.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }
        var lines: [String] = []
        var line = ""
        var used = 0
        for token in tokens {
            if token == " " && line.isEmpty { continue }
            if used + columns(token) > width && !line.isEmpty && !"。、）」".contains(token) {
                lines.append(line.trimmingTrailingSpaces)
                line = ""
                used = 0
                if token == " " { continue }
            }
            line += token
            used += columns(token)
        }
        if !line.isEmpty { lines.append(line.trimmingTrailingSpaces) }
        return lines
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
