/// Reads an edition's compact form straight into the model types, one concrete function per type: how an
/// embedded edition is loaded at start-up. Going through `Decodable` cost about 1,500 instructions a field
/// (every container is an existential, every nested type a metadata and conformance lookup); this reads the
/// same bytes for a few dozen. Fields come in the order `Codable` wrote them (declaration order; an absent
/// optional is not written). A stored field added to a model type without a line here does not compile,
/// and `CompiledEditionTests` proves what this reads equals the parsed YAML of every shipped edition.
protocol CompactReadable {
    init(compact reader: CompactReader, at cursor: inout Int) throws
}

extension CompactReader {
    /// Reads a type's field header; returns where its fields end.
    func fields(at cursor: inout Int) throws -> Int {
        try header(CompactToken.keyed, at: &cursor).end
    }

    /// Reads the key of the next field, which must be `name`.
    func key(_ name: String, at cursor: inout Int) throws {
        let start = cursor
        let index = try number(at: &cursor)
        guard strings.indices.contains(index), strings[index] == name else { throw malformed(start, "expected the field '\(name)'") }
    }

    /// An optional field: nil when the next field (before `end`) is another one, or is written as nil.
    func optional<T>(_ name: String, end: Int, at cursor: inout Int, _ read: (inout Int) throws -> T) throws -> T? {
        guard cursor < end else { return nil }
        var position = cursor
        let index = try number(at: &position)
        guard strings.indices.contains(index), strings[index] == name else { return nil }
        if try tag(at: position) == CompactToken.null {
            cursor = position + 1
            return nil
        }
        cursor = position
        return try read(&cursor)
    }

    func optional<T: CompactReadable>(_ name: String, end: Int, at cursor: inout Int) throws -> T? {
        try optional(name, end: end, at: &cursor) { try T(compact: self, at: &$0) }
    }

    /// Checks that a type's fields ended where their header said.
    func close(_ end: Int, at cursor: Int) throws {
        guard cursor == end else { throw malformed(cursor, "a field this version does not know") }
    }

    func list<T>(at cursor: inout Int, _ read: (inout Int) throws -> T) throws -> [T] {
        let (count, end) = try header(CompactToken.unkeyed, at: &cursor)
        guard count >= 0, count <= end - cursor else { throw malformed(cursor, "list longer than its bytes") }
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&cursor)) }
        guard cursor == end else { throw malformed(cursor, "list longer than its count") }
        return items
    }

    func list<T: CompactReadable>(at cursor: inout Int) throws -> [T] {
        try list(at: &cursor) { try T(compact: self, at: &$0) }
    }

    func int(at cursor: inout Int) throws -> Int {
        try integer(Int.self, at: &cursor)
    }

    func rawValue<T: RawRepresentable>(_ type: T.Type, at cursor: inout Int) throws -> T where T.RawValue == String {
        let start = cursor
        guard let value = T(rawValue: try string(at: &cursor)) else { throw malformed(start, "not a \(T.self)") }
        return value
    }

    /// Decodes a whole edition from its values and string table (`CompactEncoder.encodeParts`).
    /// With `listsLater`, the lists are stepped over and read on first use: `bytes` must then stay valid for
    /// good (an edition compiled into the binary).
    static func questionnaire(values bytes: UnsafeRawBufferPointer, strings: [String], listsLater: Bool = false) throws -> Questionnaire {
        let reader = CompactReader(strings: strings, values: bytes)
        var cursor = 0
        let questionnaire = try Questionnaire(compact: reader, at: &cursor, listsLater: listsLater)
        guard cursor == bytes.count else { throw reader.malformed(cursor, "bytes after the edition") }
        return questionnaire
    }
}

extension Questionnaire {
    init(compact r: CompactReader, at p: inout Int, listsLater: Bool) throws {
        let end = try r.fields(at: &p)
        try r.key("format", at: &p); let format = try r.int(at: &p)
        try r.key("edition", at: &p); let edition = try r.string(at: &p)
        try r.key("title", at: &p); let title = try LocalizedText(compact: r, at: &p)
        try r.key("effectiveFrom", at: &p); let effectiveFrom = try CivilDate(compact: r, at: &p)
        let effectiveUntil: CivilDate? = try r.optional("effectiveUntil", end: end, at: &p)
        try r.key("sources", at: &p); let sources: [LocalizedText] = try r.list(at: &p)
        try r.key("root", at: &p); let root = try r.string(at: &p)
        try r.key("consultOutcome", at: &p); let consultOutcome = try r.string(at: &p)
        let contents: Contents
        if listsLater {
            let listsStart = p
            for name in ["articles", "cases", "glossary", "nodes", "outcomes", "grounds"] {
                try r.key(name, at: &p)
                p = try r.end(ofValueAt: p)
            }
            nonisolated(unsafe) let reader = r
            contents = Contents(later: {
                var cursor = listsStart
                return try Self.lists(reader, at: &cursor)
            })
        } else {
            contents = Contents(try Self.lists(r, at: &p))
        }
        try r.key("location", at: &p); let location = try SourceLocation(compact: r, at: &p)
        try r.key("keyLocations", at: &p)
        var keyLocations: [String: SourceLocation] = [:]
        let keysEnd = try r.fields(at: &p)
        while p < keysEnd {
            let start = p
            let index = try r.number(at: &p)
            guard r.strings.indices.contains(index) else { throw r.malformed(start, "string number out of range") }
            keyLocations[r.strings[index]] = try SourceLocation(compact: r, at: &p)
        }
        try r.close(keysEnd, at: p)
        // The lookups are derived, written as nil; the initializer below rebuilds them.
        _ = try r.optional("indexes", end: end, at: &p) { $0 = try r.end(ofValueAt: $0) }
        try r.close(end, at: p)
        self.init(format: format, edition: edition, title: title, effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
                  sources: sources, root: root, consultOutcome: consultOutcome, location: location, keyLocations: keyLocations,
                  contents: contents)
    }

    private static func lists(_ r: CompactReader, at p: inout Int) throws -> Lists {
        try r.key("articles", at: &p); let articles: [Article] = try r.list(at: &p)
        try r.key("cases", at: &p); let cases: [CaseEntry] = try r.list(at: &p)
        try r.key("glossary", at: &p); let glossary: [GlossaryTerm] = try r.list(at: &p)
        try r.key("nodes", at: &p); let nodes: [QuestionNode] = try r.list(at: &p)
        try r.key("outcomes", at: &p); let outcomes: [Outcome] = try r.list(at: &p)
        try r.key("grounds", at: &p); let grounds: [Ground] = try r.list(at: &p)
        return Lists(articles: articles, cases: cases, glossary: glossary, nodes: nodes, outcomes: outcomes, grounds: grounds)
    }
}

extension LocalizedText: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("ja", at: &p); ja = try r.string(at: &p)
        try r.key("en", at: &p); en = try r.string(at: &p)
        try r.close(end, at: p)
    }
}

extension CivilDate: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let start = p
        let end = try r.fields(at: &p)
        try r.key("year", at: &p); let year = try r.int(at: &p)
        try r.key("month", at: &p); let month = try r.int(at: &p)
        try r.key("day", at: &p); let day = try r.int(at: &p)
        try r.close(end, at: p)
        guard let date = CivilDate(year: year, month: month, day: day) else { throw r.malformed(start, "not a date") }
        self = date
    }
}

extension SourceLocation: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("file", at: &p); let file = try r.string(at: &p)
        try r.key("line", at: &p); let line = try r.int(at: &p)
        try r.key("column", at: &p); let column = try r.int(at: &p)
        try r.close(end, at: p)
        self.init(file: file, line: line, column: column)
    }
}

extension Reference: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension Article: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("label", at: &p); label = try LocalizedText(compact: r, at: &p)
        try r.key("gist", at: &p); gist = try LocalizedText(compact: r, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension CaseEntry: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("list", at: &p); list = try r.rawValue(Classification.self, at: &p)
        try r.key("text", at: &p); text = try r.string(at: &p)
        note = try r.optional("note", end: end, at: &p) { try r.string(at: &$0) }
        textEnglish = try r.optional("textEnglish", end: end, at: &p) { try r.string(at: &$0) }
        noteEnglish = try r.optional("noteEnglish", end: end, at: &p) { try r.string(at: &$0) }
        try r.key("summary", at: &p); summary = try LocalizedText(compact: r, at: &p)
        try r.key("reasons", at: &p); reasons = try r.list(at: &p) { try r.string(at: &$0) }
        qa = try r.optional("qa", end: end, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension GlossaryTerm: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("term", at: &p); term = try LocalizedText(compact: r, at: &p)
        try r.key("definition", at: &p); definition = try LocalizedText(compact: r, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension QuestionNode: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("question", at: &p); question = try LocalizedText(compact: r, at: &p)
        shortTitle = try r.optional("shortTitle", end: end, at: &p)
        try r.key("help", at: &p); help = try LocalizedText(compact: r, at: &p)
        try r.key("cases", at: &p); cases = try r.list(at: &p)
        try r.key("articles", at: &p); articles = try r.list(at: &p)
        try r.key("terms", at: &p); terms = try r.list(at: &p)
        try r.key("choices", at: &p); choices = try r.list(at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension Destination: CompactReadable {
    /// Written as `Codable` writes an enum with a value: one field named for the case, holding `_0`.
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        let start = p
        let index = try r.number(at: &p)
        guard r.strings.indices.contains(index) else { throw r.malformed(start, "string number out of range") }
        let inner = try r.fields(at: &p)
        try r.key("_0", at: &p)
        let reference = try Reference(compact: r, at: &p)
        try r.close(inner, at: p)
        switch r.strings[index] {
        case "node": self = .node(reference)
        case "outcome": self = .outcome(reference)
        default: throw r.malformed(start, "not a destination")
        }
        try r.close(end, at: p)
    }
}

extension CaseCitation: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("role", at: &p); role = try r.rawValue(CitationRole.self, at: &p)
        point = try r.optional("point", end: end, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension Choice: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("label", at: &p); label = try LocalizedText(compact: r, at: &p)
        destination = try r.optional("destination", end: end, at: &p)
        try r.key("cases", at: &p); cases = try r.list(at: &p)
        caveat = try r.optional("caveat", end: end, at: &p)
        try r.key("grounds", at: &p); grounds = try r.list(at: &p)
        try r.key("unsure", at: &p); unsure = try r.bool(at: &p)
        confirm = try r.optional("confirm", end: end, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension Outcome: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("classification", at: &p); classification = try r.rawValue(Classification.self, at: &p)
        reason = try r.optional("reason", end: end, at: &p) { try r.string(at: &$0) }
        try r.key("headline", at: &p); headline = try LocalizedText(compact: r, at: &p)
        try r.key("explanation", at: &p); explanation = try LocalizedText(compact: r, at: &p)
        try r.key("cases", at: &p); cases = try r.list(at: &p)
        try r.key("articles", at: &p); articles = try r.list(at: &p)
        try r.key("obligations", at: &p); obligations = try r.list(at: &p)
        try r.key("caveats", at: &p); caveats = try r.list(at: &p)
        try r.key("toConfirm", at: &p); toConfirm = try r.list(at: &p)
        withGrounds = try r.optional("withGrounds", end: end, at: &p)
        withOpenGrounds = try r.optional("withOpenGrounds", end: end, at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}

extension Ground: CompactReadable {
    init(compact r: CompactReader, at p: inout Int) throws {
        let end = try r.fields(at: &p)
        try r.key("id", at: &p); id = try r.string(at: &p)
        try r.key("label", at: &p); label = try LocalizedText(compact: r, at: &p)
        try r.key("articles", at: &p); articles = try r.list(at: &p)
        try r.key("obligations", at: &p); obligations = try r.list(at: &p)
        try r.key("caveats", at: &p); caveats = try r.list(at: &p)
        try r.key("open", at: &p); open = try r.bool(at: &p)
        try r.key("location", at: &p); location = try SourceLocation(compact: r, at: &p)
        try r.close(end, at: p)
    }
}
