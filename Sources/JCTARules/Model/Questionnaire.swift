import Synchronization

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
    public var location: SourceLocation
    /// Where each top-level key was written, for diagnostics about the file as a whole.
    public var keyLocations: [String: SourceLocation]

    /// The lists, shared between copies until one is changed; an embedded edition reads them on first use.
    private var contents: Contents

    public var articles: [Article] {
        get { contents.read { $0.articles } }
        set { uniqueContents().change { $0.articles = newValue } }
    }
    public var cases: [CaseEntry] {
        get { contents.read { $0.cases } }
        set { uniqueContents().change { $0.cases = newValue } }
    }
    public var glossary: [GlossaryTerm] {
        get { contents.read { $0.glossary } }
        set { uniqueContents().change { $0.glossary = newValue } }
    }
    public var nodes: [QuestionNode] {
        get { contents.read { $0.nodes } }
        set { uniqueContents().change { $0.nodes = newValue } }
    }
    public var outcomes: [Outcome] {
        get { contents.read { $0.outcomes } }
        set { uniqueContents().change { $0.outcomes = newValue } }
    }
    /// The grounds that make a study 特定臨床研究; choices establish them, results list them.
    public var grounds: [Ground] {
        get { contents.read { $0.grounds } }
        set { uniqueContents().change { $0.grounds = newValue } }
    }

    public init(format: Int, edition: String, title: LocalizedText, effectiveFrom: CivilDate,
                effectiveUntil: CivilDate?, sources: [LocalizedText], root: String, consultOutcome: String,
                articles: [Article], cases: [CaseEntry], glossary: [GlossaryTerm], nodes: [QuestionNode],
                outcomes: [Outcome], grounds: [Ground] = [], location: SourceLocation,
                keyLocations: [String: SourceLocation]) {
        self.init(format: format, edition: edition, title: title, effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
                  sources: sources, root: root, consultOutcome: consultOutcome, location: location, keyLocations: keyLocations,
                  contents: Contents(Lists(articles: articles, cases: cases, glossary: glossary, nodes: nodes,
                                           outcomes: outcomes, grounds: grounds)))
    }

    init(format: Int, edition: String, title: LocalizedText, effectiveFrom: CivilDate, effectiveUntil: CivilDate?,
         sources: [LocalizedText], root: String, consultOutcome: String, location: SourceLocation,
         keyLocations: [String: SourceLocation], contents: Contents) {
        self.format = format
        self.edition = edition
        self.title = title
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.sources = sources
        self.root = root
        self.consultOutcome = consultOutcome
        self.location = location
        self.keyLocations = keyLocations
        self.contents = contents
    }

    /// An edition compiled at build time (`CompactEncoder.encodeParts`: its values and its string table),
    /// with its lookups rebuilt.
    public init(compiled values: UnsafeRawBufferPointer, strings: [String]) throws {
        self = try CompactReader.questionnaire(values: values, strings: strings)
    }

    /// An edition compiled into the binary: its header is read now, its lists when first used (the welcome
    /// screen shows only the header). The bytes were written by the build from a validated edition;
    /// lists that cannot be read then mean a broken build, and stop jcta with that message.
    public init(embedded values: StaticString, strings: [String]) throws {
        let bytes = UnsafeRawBufferPointer(start: values.utf8Start, count: values.utf8CodeUnitCount)
        self = try CompactReader.questionnaire(values: bytes, strings: strings, listsLater: true)
    }

    private mutating func uniqueContents() -> Contents {
        if !isKnownUniquelyReferenced(&contents) { contents = Contents(contents.lists) }
        return contents
    }

    /// The lists, read when first asked for.
    final class Contents: Sendable {
        /// The lists once read; until then nil, and `later` reads them.
        private let state: Mutex<Lists?>
        private let later: (@Sendable () throws -> Lists)?

        init(_ lists: Lists) {
            state = Mutex(lists)
            later = nil
        }

        init(later read: @escaping @Sendable () throws -> Lists) {
            state = Mutex(nil)
            later = read
        }

        /// One field of the lists (only that field is copied out).
        func read<T>(_ field: (inout Lists) -> T) -> T {
            state.withLock { lists in
                if case .none = lists {
                    do {
                        lists = try later?()
                    } catch {
                        fatalError("jcta: the embedded edition cannot be read (\(error)); rebuild jcta")
                    }
                }
                return field(&lists!)
            }
        }

        var lists: Lists { read { $0 } }

        /// Changes the lists in place: only for contents no other questionnaire shares (`uniqueContents`).
        func change(_ body: (inout Lists) -> Void) {
            read(body)
        }
    }

    /// The lists of an edition and their lookups (built with them, so never encoded).
    struct Lists: Sendable {
        var articles: [Article]
        var cases: [CaseEntry]
        var glossary: [GlossaryTerm]
        var nodes: [QuestionNode]
        var outcomes: [Outcome]
        var grounds: [Ground]
        let indexes: Indexes

        init(articles: [Article], cases: [CaseEntry], glossary: [GlossaryTerm], nodes: [QuestionNode], outcomes: [Outcome],
             grounds: [Ground]) {
            self.articles = articles
            self.cases = cases
            self.glossary = glossary
            self.nodes = nodes
            self.outcomes = outcomes
            self.grounds = grounds
            indexes = Indexes(articles: articles, cases: cases, glossary: glossary, nodes: nodes, outcomes: outcomes,
                              grounds: grounds)
        }
    }

    /// Position by id of each list, for the lookups below. Built once with the lists; a list changed
    /// afterwards keeps the positions it was built with (as before the lists were shared).
    struct Indexes: Sendable {
        var node: [String: Int] = [:]
        var outcome: [String: Int] = [:]
        var caseEntry: [String: Int] = [:]
        var term: [String: Int] = [:]
        var article: [String: Int] = [:]
        var ground: [String: Int] = [:]

        init(articles: [Article], cases: [CaseEntry], glossary: [GlossaryTerm], nodes: [QuestionNode], outcomes: [Outcome],
             grounds: [Ground]) {
            // First occurrence wins; the validator reports the duplicates.
            node = Self.index(nodes.map(\.id))
            outcome = Self.index(outcomes.map(\.id))
            caseEntry = Self.index(cases.map(\.id))
            term = Self.index(glossary.map(\.id))
            article = Self.index(articles.map(\.id))
            ground = Self.index(grounds.map(\.id))
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

    // Codable in the order the fields were declared before the lists were shared (the compiled editions'
    // layout); the lookups are written as nil and rebuilt when read.
    private enum CodingKeys: String, CodingKey {
        case format, edition, title, effectiveFrom, effectiveUntil, sources, root, consultOutcome, articles, cases, glossary,
             nodes, outcomes, grounds, location, keyLocations, indexes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(format: try c.decode(Int.self, forKey: .format), edition: try c.decode(String.self, forKey: .edition),
                  title: try c.decode(LocalizedText.self, forKey: .title),
                  effectiveFrom: try c.decode(CivilDate.self, forKey: .effectiveFrom),
                  effectiveUntil: try c.decodeIfPresent(CivilDate.self, forKey: .effectiveUntil),
                  sources: try c.decode([LocalizedText].self, forKey: .sources), root: try c.decode(String.self, forKey: .root),
                  consultOutcome: try c.decode(String.self, forKey: .consultOutcome),
                  articles: try c.decode([Article].self, forKey: .articles), cases: try c.decode([CaseEntry].self, forKey: .cases),
                  glossary: try c.decode([GlossaryTerm].self, forKey: .glossary),
                  nodes: try c.decode([QuestionNode].self, forKey: .nodes), outcomes: try c.decode([Outcome].self, forKey: .outcomes),
                  grounds: try c.decode([Ground].self, forKey: .grounds),
                  location: try c.decode(SourceLocation.self, forKey: .location),
                  keyLocations: try c.decode([String: SourceLocation].self, forKey: .keyLocations))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(edition, forKey: .edition)
        try c.encode(title, forKey: .title)
        try c.encode(effectiveFrom, forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
        try c.encode(sources, forKey: .sources)
        try c.encode(root, forKey: .root)
        try c.encode(consultOutcome, forKey: .consultOutcome)
        try c.encode(articles, forKey: .articles)
        try c.encode(cases, forKey: .cases)
        try c.encode(glossary, forKey: .glossary)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(outcomes, forKey: .outcomes)
        try c.encode(grounds, forKey: .grounds)
        try c.encode(location, forKey: .location)
        try c.encode(keyLocations, forKey: .keyLocations)
        try c.encodeNil(forKey: .indexes)
    }

    public func node(_ id: String) -> QuestionNode? { contents.read { l in l.indexes.node[id].map { l.nodes[$0] } } }

    /// The question's fixed number, 1 for the first in the file: the same on the question screen, in case
    /// panels and in results, however the walk went.
    public func questionNumber(_ id: String) -> Int? { contents.read { $0.indexes.node[id].map { $0 + 1 } } }

    /// 「問3 医薬品等を対象者に用いるか」 / "Q3 Is the product used on the subjects?": how lists name a question.
    public func questionName(_ id: String, _ language: Language) -> String? {
        guard let node = node(id), let number = questionNumber(id) else { return nil }
        return QuestionNode.numberLabel(number, language) + " " + (node.shortTitle ?? node.question)[language]
    }
    public func outcome(_ id: String) -> Outcome? { contents.read { l in l.indexes.outcome[id].map { l.outcomes[$0] } } }
    public func caseEntry(_ id: String) -> CaseEntry? { contents.read { l in l.indexes.caseEntry[id].map { l.cases[$0] } } }
    public func term(_ id: String) -> GlossaryTerm? { contents.read { l in l.indexes.term[id].map { l.glossary[$0] } } }
    public func article(_ id: String) -> Article? { contents.read { l in l.indexes.article[id].map { l.articles[$0] } } }
    public func ground(_ id: String) -> Ground? { contents.read { l in l.indexes.ground[id].map { l.grounds[$0] } } }

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
