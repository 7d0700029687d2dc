/// One edition of the rules: the casebook, the glossary, the questions and the results.
public struct Questionnaire: Sendable, Codable {
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
    /// The grounds that make a study 特定臨床研究; choices establish them, results list them.
    public var grounds: [Ground]
    public var location: SourceLocation
    /// Where each top-level key was written, for diagnostics about the file as a whole.
    public var keyLocations: [String: SourceLocation]

    private var indexes = Indexes()

    public init(format: Int, edition: String, title: LocalizedText, effectiveFrom: CivilDate,
                effectiveUntil: CivilDate?, sources: [LocalizedText], root: String, consultOutcome: String,
                articles: [Article], cases: [CaseEntry], glossary: [GlossaryTerm], nodes: [QuestionNode],
                outcomes: [Outcome], grounds: [Ground] = [], location: SourceLocation,
                keyLocations: [String: SourceLocation]) {
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
        self.grounds = grounds
        self.location = location
        self.keyLocations = keyLocations
        indexes = Indexes(self)
    }

    /// An edition compiled at build time (`CompactEncoder.encodeParts`: its values and its string table),
    /// with its lookups rebuilt.
    public init(compiled values: UnsafeRawBufferPointer, strings: [String]) throws {
        self = try CompactReader.questionnaire(values: values, strings: strings)
    }

    /// Position by id of each list, for the lookups below; derived from the lists, so never encoded.
    private struct Indexes: Sendable, Codable {
        var node: [String: Int] = [:]
        var outcome: [String: Int] = [:]
        var caseEntry: [String: Int] = [:]
        var term: [String: Int] = [:]
        var article: [String: Int] = [:]
        var ground: [String: Int] = [:]

        init() {}

        init(_ q: Questionnaire) {
            // First occurrence wins; the validator reports the duplicates.
            node = Self.index(q.nodes.map(\.id))
            outcome = Self.index(q.outcomes.map(\.id))
            caseEntry = Self.index(q.cases.map(\.id))
            term = Self.index(q.glossary.map(\.id))
            article = Self.index(q.articles.map(\.id))
            ground = Self.index(q.grounds.map(\.id))
        }

        init(from decoder: any Decoder) throws {
            self.init()
        }

        func encode(to encoder: any Encoder) throws {
            var nothing = encoder.singleValueContainer()
            try nothing.encodeNil()
        }

        private static func index(_ ids: [String]) -> [String: Int] {
            var index: [String: Int] = [:]
            index.reserveCapacity(ids.count)
            for (position, id) in ids.enumerated() where index[id] == nil {
                index[id] = position
            }
            return index
        }
    }

    public func node(_ id: String) -> QuestionNode? { indexes.node[id].map { nodes[$0] } }

    /// The question's fixed number, 1 for the first in the file: the same on the question screen, in case
    /// panels and in results, however the walk went.
    public func questionNumber(_ id: String) -> Int? { indexes.node[id].map { $0 + 1 } }

    /// 「問3 医薬品等を対象者に用いるか」 / "Q3 Is the product used on the subjects?": how lists name a question.
    public func questionName(_ id: String, _ language: Language) -> String? {
        guard let node = node(id), let number = questionNumber(id) else { return nil }
        return QuestionNode.numberLabel(number, language) + " " + (node.shortTitle ?? node.question)[language]
    }
    public func outcome(_ id: String) -> Outcome? { indexes.outcome[id].map { outcomes[$0] } }
    public func caseEntry(_ id: String) -> CaseEntry? { indexes.caseEntry[id].map { cases[$0] } }
    public func term(_ id: String) -> GlossaryTerm? { indexes.term[id].map { glossary[$0] } }
    public func article(_ id: String) -> Article? { indexes.article[id].map { articles[$0] } }
    public func ground(_ id: String) -> Ground? { indexes.ground[id].map { grounds[$0] } }

    /// `2018-04-01 … 2025-05-30` or `2025-05-31 –` (ASCII only, for layout and files).
    public var effectivePeriod: String {
        "\(effectiveFrom) - \(effectiveUntil.map(\.description) ?? "")"
    }
}

/// A statutory provision the rules cite.
public struct Article: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    public var gist: LocalizedText
    public var location: SourceLocation
}

/// One entry of the MHLW casebook (事例集).
public struct CaseEntry: Sendable, Hashable, Codable {
    public var id: String
    public var list: Classification
    public var text: String
    public var note: String?
    /// Our own English rendering of `text` and `note` (not the casebook's words), for the English screens.
    public var textEnglish: String?
    public var noteEnglish: String?
    public var summary: LocalizedText
    /// For the out-of-scope list: the reasons (outcome `reason` codes) the case's rule stands for; empty means any.
    public var reasons: [String]
    /// Where the QA the note cites went: the QA その1–その6 were replaced by the integrated QA (2019-11-13).
    public var qa: LocalizedText?
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
public struct GlossaryTerm: Sendable, Hashable, Codable {
    public var id: String
    public var term: LocalizedText
    public var definition: LocalizedText
    public var location: SourceLocation
}

/// A question of the decision tree.
public struct QuestionNode: Sendable, Hashable, Codable {
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
public struct Reference: Sendable, Hashable, Codable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Where a choice leads.
public enum Destination: Sendable, Hashable, Codable {
    case node(Reference)
    case outcome(Reference)
}

/// One answer to a question.
public struct Choice: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    public var destination: Destination?
    public var cases: [CaseCitation]
    public var caveat: LocalizedText?
    /// Grounds of 特定臨床研究 this answer establishes.
    public var grounds: [Reference]
    public var unsure: Bool
    public var confirm: LocalizedText?
    public var location: SourceLocation
}

/// A result the tree can end in.
public struct Outcome: Sendable, Hashable, Codable {
    public var id: String
    public var classification: Classification
    public var reason: String?
    public var headline: LocalizedText
    public var explanation: LocalizedText
    public var cases: [CaseCitation]
    public var articles: [Reference]
    public var obligations: [LocalizedText]
    public var caveats: [LocalizedText]
    public var toConfirm: [LocalizedText]
    /// The result instead, when the path has established a settled ground of 特定臨床研究.
    public var withGrounds: Reference?
    /// The result instead, when the path has established only grounds the sources leave open.
    public var withOpenGrounds: Reference?
    public var location: SourceLocation
}

/// A ground that makes a study 特定臨床研究 (法第2条第2項), with what follows from it.
public struct Ground: Sendable, Hashable, Codable {
    public var id: String
    /// The ground in words, with its article, as a result lists it.
    public var label: LocalizedText
    public var articles: [Reference]
    /// Duties that follow from this ground alone (e.g. 第32条・第33条 only with funds from a marketing-authorisation holder).
    public var obligations: [LocalizedText]
    /// Caveats a result carries when this ground applies or may apply.
    public var caveats: [LocalizedText]
    /// True when public sources leave open whether this ground makes the study specified.
    public var open: Bool
    public var location: SourceLocation
}
