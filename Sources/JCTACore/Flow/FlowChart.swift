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

    /// One line of the legend: a class's colours and its label, or (classification nil) a line style.
    public struct LegendEntry: Sendable, Hashable {
        public var classification: Classification?
        public var text: String
    }

    public var title: String
    public var boxes: [Box]
    public var arrows: [Arrow]
    public var legend: [LegendEntry]
    public var legendTitle: String

    /// A4 landscape less 10 mm margins (277 × 190 mm), in inches: Graphviz scales the drawing down to fit.
    public static let pageSize = "10.9,7.4"

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
                arrows.append(Arrow(from: "q_\(node.id)", to: target, lines: Self.wrapPhrases(choice.label[lang], width: 24),
                                    unsure: choice.unsure, onPath: pathSteps.contains(Walk.Step(node: node.id, choice: choice.id))))
            }
        }
        // A caveat every answer into an outcome carries (the CRB confirms the low-risk use) belongs on its box:
        // without it the class alone would mislead.
        var incoming: [String: [Choice]] = [:]
        for node in q.nodes {
            for choice in node.choices {
                if case .outcome(let reference)? = choice.destination { incoming[reference.id, default: []].append(choice) }
            }
        }
        for outcome in q.outcomes {
            var lines = Self.wrap(outcome.classification.label[lang]) + Self.wrap(outcome.headline[lang])
            let arriving = incoming[outcome.id] ?? []
            if !arriving.isEmpty, arriving.allSatisfy({ $0.caveat != nil }) {
                for caveat in uniqued(arriving.compactMap { $0.caveat.map { Self.firstSentence($0[lang]) } }) {
                    lines += Self.wrap("※ " + caveat)
                }
            }
            let cases = outcome.cases.map(\.id)
            if !cases.isEmpty { lines += Self.wrap((lang == .ja ? "事例 " : "Cases ") + cases.joined(separator: ", ")) }
            boxes.append(Box(id: "o_\(outcome.id)", lines: lines, classification: outcome.classification, onPath: outcome.id == reached))
        }
        self.boxes = boxes
        self.arrows = arrows
        legendTitle = lang == .ja ? "凡例" : "Legend"
        legend = Classification.allCases.map { LegendEntry(classification: $0, text: $0.label[lang]) }
            + [LegendEntry(classification: nil, text: lang == .ja ? "破線の矢印: 「わからない」" : "Dashed arrow: “not sure”")]
            + (answers == nil ? [] : [LegendEntry(classification: nil, text: lang == .ja ? "赤い太線: 回答がたどる経路" : "Heavy red: the path the answers take")])
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

    /// An arrow's label wrapped only between phrases: after 、 or a space, before an opening parenthesis or
    /// bracket; a phrase longer than `width` stays whole rather than being cut mid-word.
    static func wrapPhrases(_ text: String, width: Int) -> [String] {
        var phrases: [String] = []
        var phrase = ""
        for character in text {
            if "（(「".contains(character) && !phrase.isEmpty { phrases.append(phrase); phrase = "" }
            phrase.append(character)
            if "、，, ".contains(character) { phrases.append(phrase); phrase = "" }
        }
        if !phrase.isEmpty { phrases.append(phrase) }
        func columns(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }
        var lines: [String] = []
        var line = ""
        for phrase in phrases {
            if !line.isEmpty && columns(line.trimmingTrailingSpaces + phrase) > width {
                lines.append(line.trimmingTrailingSpaces)
                line = ""
            }
            line += phrase
        }
        if !line.trimmingTrailingSpaces.isEmpty { lines.append(line.trimmingTrailingSpaces) }
        return lines
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
