/// One edition of the rules: the casebook, the glossary, the questions and the results.
public struct Questionnaire: Sendable {
    public var format: Int
    public var edition: String
    public var title: LocalizedText
    public var effectiveFrom: CivilDate
    public var effectiveUntil: CivilDate?
    public var sources: [LocalizedText]
    public var root: String
    public var consultOutcome: String
    public var articles: [Article]
    public var cases: [CaseEntry]
    public var glossary: [GlossaryTerm]
    public var nodes: [QuestionNode]
    public var outcomes: [Outcome]
    public var location: SourceLocation
    /// Where each top-level key was written, for diagnostics about the file as a whole.
    public var keyLocations: [String: SourceLocation]

    private var nodeIndex: [String: Int] = [:]
    private var outcomeIndex: [String: Int] = [:]
    private var caseIndex: [String: Int] = [:]
    private var termIndex: [String: Int] = [:]
    private var articleIndex: [String: Int] = [:]

    public init(format: Int, edition: String, title: LocalizedText, effectiveFrom: CivilDate,
                effectiveUntil: CivilDate?, sources: [LocalizedText], root: String, consultOutcome: String,
                articles: [Article], cases: [CaseEntry], glossary: [GlossaryTerm], nodes: [QuestionNode],
                outcomes: [Outcome], location: SourceLocation, keyLocations: [String: SourceLocation]) {
        self.format = format
        self.edition = edition
        self.title = title
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.sources = sources
        self.root = root
        self.consultOutcome = consultOutcome
        self.articles = articles
        self.cases = cases
        self.glossary = glossary
        self.nodes = nodes
        self.outcomes = outcomes
        self.location = location
        self.keyLocations = keyLocations
        // First occurrence wins; the validator reports the duplicates.
        nodeIndex = Self.index(nodes.map(\.id))
        outcomeIndex = Self.index(outcomes.map(\.id))
        caseIndex = Self.index(cases.map(\.id))
        termIndex = Self.index(glossary.map(\.id))
        articleIndex = Self.index(articles.map(\.id))
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil {
            index[id] = position
        }
        return index
    }

    public func node(_ id: String) -> QuestionNode? { nodeIndex[id].map { nodes[$0] } }

    /// The question's fixed number, 1 for the first in the file: the same on the question screen, in case
    /// panels and in results, however the walk went.
    public func questionNumber(_ id: String) -> Int? { nodeIndex[id].map { $0 + 1 } }

    /// 「問3 医薬品等を対象者に用いるか」 / "Q3 Is the product used on the subjects?": how lists name a question.
    public func questionName(_ id: String, _ language: Language) -> String? {
        guard let node = node(id), let number = questionNumber(id) else { return nil }
        return QuestionNode.numberLabel(number, language) + " " + (node.shortTitle ?? node.question)[language]
    }
    public func outcome(_ id: String) -> Outcome? { outcomeIndex[id].map { outcomes[$0] } }
    public func caseEntry(_ id: String) -> CaseEntry? { caseIndex[id].map { cases[$0] } }
    public func term(_ id: String) -> GlossaryTerm? { termIndex[id].map { glossary[$0] } }
    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }

    /// `2018-04-01 … 2025-05-30` or `2025-05-31 –` (ASCII only, for layout and files).
    public var effectivePeriod: String {
        "\(effectiveFrom) - \(effectiveUntil.map(\.description) ?? "")"
    }
}

/// A statutory provision the rules cite.
public struct Article: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var gist: LocalizedText
    public var location: SourceLocation
}

/// One entry of the MHLW casebook (事例集).
public struct CaseEntry: Sendable, Hashable {
    public var id: String
    public var list: Classification
    public var text: String
    public var note: String?
    /// Our own English rendering of `text` and `note` (not the casebook's words), for the English screens.
    public var textEnglish: String?
    public var noteEnglish: String?
    public var summary: LocalizedText
    public var location: SourceLocation

    /// The case in `language`: the casebook's Japanese, or our English rendering where there is one.
    public func text(_ language: Language) -> String {
        language == .en ? textEnglish ?? text : text
    }

    public func note(_ language: Language) -> String? {
        language == .en ? noteEnglish ?? note : note
    }

    /// Whether `language` shows our rendering rather than the casebook's own words.
    public func isRendering(_ language: Language) -> Bool {
        language == .en && textEnglish != nil
    }
}

/// A term explained on request.
public struct GlossaryTerm: Sendable, Hashable {
    public var id: String
    public var term: LocalizedText
    public var definition: LocalizedText
    public var location: SourceLocation
}

/// A question of the decision tree.
public struct QuestionNode: Sendable, Hashable {
    public var id: String
    public var question: LocalizedText
    /// A few words naming the question in lists (case panels, results); the question itself when absent.
    public var shortTitle: LocalizedText?
    public var help: LocalizedText
    public var cases: [Reference]
    public var articles: [Reference]
    public var terms: [Reference]
    public var choices: [Choice]
    public var location: SourceLocation

    public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }

    /// 「問3」 / "Q3".
    public static func numberLabel(_ number: Int, _ language: Language) -> String {
        language == .ja ? "問\(number)" : "Q\(number)"
    }

    /// The choice that stands for 「わからない」.
    public var unsureChoice: Choice? { choices.first(where: \.unsure) }
}

/// An id written in the file, with where it was written (so a dangling one can be pointed at).
public struct Reference: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Where a choice leads.
public enum Destination: Sendable, Hashable {
    case node(Reference)
    case outcome(Reference)
}

/// One answer to a question.
public struct Choice: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var destination: Destination?
    public var cases: [Reference]
    public var caveat: LocalizedText?
    public var unsure: Bool
    public var confirm: LocalizedText?
    public var location: SourceLocation
}

/// A result the tree can end in.
public struct Outcome: Sendable, Hashable {
    public var id: String
    public var classification: Classification
    public var reason: String?
    public var headline: LocalizedText
    public var explanation: LocalizedText
    public var cases: [Reference]
    public var articles: [Reference]
    public var obligations: [LocalizedText]
    public var caveats: [LocalizedText]
    public var toConfirm: [LocalizedText]
    public var location: SourceLocation
}
