import Foundation
import Yams

/// Builds the model from a composed YAML tree, one section at a time.
struct QuestionnaireReader {
    let document: YAMLDocument
    /// Top-level lists whose items are composed a batch at a time (their values in the tree are left empty).
    var batches: [String: [TopLevelLists.Batch]] = [:]

    /// A batch of items that does not compose on its own: the text has to be composed whole.
    struct BatchUnreadable: Error {}

    /// The top-level keys whose values are lists of entries.
    static let listKeys: Set<String> = ["articles", "cases", "glossary", "grounds", "nodes", "outcomes"]

    static let topLevelKeys = ["format", "edition", "title", "effective_from", "effective_until", "sources", "root",
                               "consult_outcome", "articles", "cases", "glossary", "grounds", "nodes", "outcomes"]

    func read(_ root: Node) throws(BatchUnreadable) -> Questionnaire? {
        guard let top = document.mapping(root, what: "the questionnaire", known: Self.topLevelKeys) else { return nil }
        let format = top.required("format").flatMap { readFormat($0) }
        let edition = top.required("edition").flatMap { document.string($0, what: "edition") }
        let title = top.required("title").flatMap { document.text($0, what: "title") }
        let from = top.required("effective_from").flatMap { document.date($0, what: "effective_from") }
        let until = top.optional("effective_until").flatMap { document.date($0, what: "effective_until") }
        let sources = document.texts(top.required("sources"), what: "sources")
        let rootID = top.required("root").flatMap { document.identifier($0, what: "root") }
        let consult = top.required("consult_outcome").flatMap { document.identifier($0, what: "consult_outcome") }
        let articles = try topLevelList(top.required("articles"), key: "articles", read: readArticle)
        let cases = try topLevelList(top.required("cases"), key: "cases", read: readCase)
        let glossary = try topLevelList(top.optional("glossary"), key: "glossary", read: readTerm)
        let grounds = try topLevelList(top.optional("grounds"), key: "grounds", read: readGround)
        let nodes = try topLevelList(top.required("nodes"), key: "nodes", read: readNode)
        let outcomes = try topLevelList(top.required("outcomes"), key: "outcomes", read: readOutcome)
        if let edition, !IdentifierPattern.editionMatches(edition) {
            document.report(.badValue, top.optional("edition"), "edition '\(edition)' is not a valid edition id",
                            fix: "use letters, digits, '-' or '_' (e.g. 2025)")
        }
        guard let format, let edition, let title, let from, let rootID, let consult else { return nil }
        var keyLocations: [String: SourceLocation] = [:]
        for key in Self.topLevelKeys { keyLocations[key] = top.keyLocation(key) }
        return Questionnaire(format: format, edition: edition, title: title, effectiveFrom: from, effectiveUntil: until,
                             sources: sources, root: rootID, consultOutcome: consult, articles: articles, cases: cases,
                             glossary: glossary, nodes: nodes, outcomes: outcomes, grounds: grounds, location: top.location,
                             keyLocations: keyLocations)
    }

    private func readFormat(_ node: Node) -> Int? {
        guard let text = document.string(node, what: "format") else { return nil }
        guard let value = Int(text), value == QuestionnaireLoader.supportedFormat else {
            document.report(.unsupportedFormat, node, "format '\(text)' is not supported by this jcta",
                            fix: "write `format: \(QuestionnaireLoader.supportedFormat)`, or use a newer jcta")
            return nil
        }
        return value
    }

    /// A top-level list, from the tree or composed a batch at a time; the reading is the same either way.
    private func topLevelList<T>(_ node: Node?, key: String, read: (Node) -> T?) throws(BatchUnreadable) -> [T] {
        guard let batches = batches[key] else { return list(node, what: key, read: read) }
        var entries: [T] = []
        entries.reserveCapacity(batches.reduce(0) { $0 + $1.itemCount })
        for batch in batches {
            guard let composed = try? Yams.compose(yaml: String(batch.text), .basic), case .sequence(let items) = composed else {
                throw BatchUnreadable()
            }
            document.lineOffset = batch.lineOffset
            defer { document.lineOffset = 0 }
            entries += items.compactMap(read)
        }
        return entries
    }

    private func list<T>(_ node: Node?, what: String, read: (Node) -> T?) -> [T] {
        guard let node, let items = document.sequence(node, what: what) else { return [] }
        return items.compactMap(read)
    }

    private func readArticle(_ node: Node) -> Article? {
        guard let map = document.mapping(node, what: "an article", known: ["id", "label", "gist"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "article id") }
        let label = map.required("label").flatMap { document.text($0, what: "article '\(id ?? "?")' label") }
        let gist = map.required("gist").flatMap { document.text($0, what: "article '\(id ?? "?")' gist") }
        guard let id, let label, let gist else { return nil }
        return Article(id: id, label: label, gist: gist, location: map.location)
    }

    private func readCase(_ node: Node) -> CaseEntry? {
        guard let map = document.mapping(node, what: "a case", known: ["id", "list", "text", "note", "text_en", "note_en", "summary", "reasons", "qa"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "case id", pattern: .caseNumber) }
        let list = map.required("list").flatMap { readList($0) }
        let text = map.required("text").flatMap { document.string($0, what: "case '\(id ?? "?")' text") }
        let note = map.optional("note").flatMap { document.string($0, what: "case '\(id ?? "?")' note") }
        let textEnglish = map.optional("text_en").flatMap { document.string($0, what: "case '\(id ?? "?")' text_en") }
        let noteEnglish = map.optional("note_en").flatMap { document.string($0, what: "case '\(id ?? "?")' note_en") }
        let summary = map.required("summary").flatMap { document.text($0, what: "case '\(id ?? "?")' summary") }
        let reasons = document.references(map.optional("reasons"), what: "case '\(id ?? "?")' reasons").map(\.id)
        let qa = map.optional("qa").flatMap { document.text($0, what: "case '\(id ?? "?")' qa") }
        if let list, list != .outOfScope, !reasons.isEmpty {
            document.report(.badValue, map.optional("reasons"), "case '\(id ?? "?")' is not on the out-of-scope list but has `reasons`",
                            fix: "remove `reasons:`; only out-of-scope cases name the reasons their rule stands for")
        }
        // A rendering covers the whole entry: a note without its English, or English for no note, would mislead.
        if textEnglish != nil, note != nil, noteEnglish == nil {
            document.report(.missingLanguage, node, "case '\(id ?? "?")' has text_en but no note_en for its note",
                            fix: "add `note_en:` with the English rendering of the note")
        }
        if let english = map.optional("note_en"), note == nil {
            document.report(.badValue, english, "case '\(id ?? "?")' has note_en but no note",
                            fix: "remove `note_en:`, or add the casebook's `note:`")
        }
        if let english = map.optional("note_en"), textEnglish == nil, map.optional("text_en") == nil {
            document.report(.missingLanguage, english, "case '\(id ?? "?")' has note_en but no text_en",
                            fix: "add `text_en:` with the English rendering of the case")
        }
        guard let id, let list, let text, let summary else { return nil }
        return CaseEntry(id: id, list: list, text: text.trimmed, note: note?.trimmed, textEnglish: textEnglish?.trimmed,
                         noteEnglish: noteEnglish?.trimmed, summary: summary, reasons: reasons, qa: qa, location: map.location)
    }

    private func readList(_ node: Node) -> Classification? {
        guard let text = document.string(node, what: "list") else { return nil }
        guard let list = Classification(rawValue: text), list != .consult else {
            document.report(.badValue, node, "list '\(text)' is not a casebook list",
                            fix: "use specified, clinical or out_of_scope")
            return nil
        }
        return list
    }

    private func readTerm(_ node: Node) -> GlossaryTerm? {
        guard let map = document.mapping(node, what: "a glossary term", known: ["id", "term", "definition"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "term id") }
        let term = map.required("term").flatMap { document.text($0, what: "term '\(id ?? "?")'") }
        let definition = map.required("definition").flatMap { document.text($0, what: "term '\(id ?? "?")' definition") }
        guard let id, let term, let definition else { return nil }
        return GlossaryTerm(id: id, term: term, definition: definition, location: map.location)
    }

    private func readNode(_ node: Node) -> QuestionNode? {
        guard let map = document.mapping(node, what: "a node", known: ["id", "question", "short", "help", "cases", "articles", "terms", "choices"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "node id") }
        let name = "node '\(id ?? "?")'"
        let question = map.required("question").flatMap { document.text($0, what: "\(name) question") }
        let shortTitle = map.optional("short").flatMap { document.text($0, what: "\(name) short") }
        let help = map.required("help").flatMap { document.text($0, what: "\(name) help") }
        let cases = document.references(map.optional("cases"), what: "\(name) cases", pattern: .caseNumber)
        let articles = document.references(map.optional("articles"), what: "\(name) articles")
        let terms = document.references(map.optional("terms"), what: "\(name) terms")
        let choices = list(map.required("choices"), what: "\(name) choices") { readChoice($0, node: name) }
        guard let id, let question, let help else { return nil }
        return QuestionNode(id: id, question: question, shortTitle: shortTitle, help: help, cases: cases, articles: articles, terms: terms,
                            choices: choices, location: map.location)
    }

    private func readChoice(_ node: Node, node owner: String) -> Choice? {
        guard let map = document.mapping(node, what: "a choice of \(owner)",
                                         known: ["id", "label", "next", "outcome", "cases", "caveat", "grounds", "unsure", "confirm"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "choice id") }
        let name = "choice '\(id ?? "?")' of \(owner)"
        let label = map.required("label").flatMap { document.text($0, what: "\(name) label") }
        let next = map.optional("next").flatMap { document.reference($0, what: "\(name) next") }
        let outcome = map.optional("outcome").flatMap { document.reference($0, what: "\(name) outcome") }
        let cases = citations(map.optional("cases"), what: "\(name) cases")
        let caveat = map.optional("caveat").flatMap { document.text($0, what: "\(name) caveat") }
        let grounds = document.references(map.optional("grounds"), what: "\(name) grounds")
        let unsure = map.optional("unsure").flatMap { readBool($0, what: "\(name) unsure") } ?? false
        let confirm = map.optional("confirm").flatMap { document.text($0, what: "\(name) confirm") }
        var destination: Destination?
        switch (next, outcome) {
        case (let next?, nil): destination = .node(next)
        case (nil, let outcome?): destination = .outcome(outcome)
        case (.some, .some):
            document.report(.choiceDestination, node, "\(name) has both 'next' and 'outcome'",
                            fix: "keep one: `next:` for another question or `outcome:` for a result")
        case (nil, nil):
            if map.optional("next") == nil && map.optional("outcome") == nil {
                document.report(.choiceDestination, node, "\(name) leads nowhere",
                                fix: "add `next: <node id>` or `outcome: <outcome id>`")
            }
        }
        if unsure && confirm == nil && map.optional("confirm") == nil {
            document.report(.unsureChoice, node, "\(name) is 「わからない」 but says nothing to confirm",
                            fix: "add `confirm: {ja: …, en: …}` naming the fact still to confirm")
        }
        guard let id, let label else { return nil }
        return Choice(id: id, label: label, destination: destination, cases: cases, caveat: caveat, grounds: grounds, unsure: unsure,
                      confirm: confirm, location: map.location)
    }

    /// Case citations: `"3-1"` (a ground), or `{id: "1-3", as: note | contrast, point: {ja: …, en: …}}`.
    private func citations(_ node: Node?, what: String) -> [CaseCitation] {
        guard let node, let items = document.sequence(node, what: what) else { return [] }
        return items.compactMap { item in
            if case .scalar = item {
                return document.reference(item, what: "an entry of \(what)", pattern: .caseNumber)
                    .map { CaseCitation(id: $0.id, location: $0.location) }
            }
            guard let map = document.mapping(item, what: "a citation in \(what)", known: ["id", "as", "point"]) else { return nil }
            let id = map.required("id").flatMap { document.reference($0, what: "a citation in \(what)", pattern: .caseNumber) }
            let point = map.optional("point").flatMap { document.text($0, what: "the point of a citation in \(what)") }
            let role = map.required("as").flatMap { readRole($0, withPoint: map.optional("point") != nil) }
            if role == .note && point == nil && map.optional("point") == nil {
                document.report(.missingKey, item, "a citation `as: note` in \(what) does not say what the note settles",
                                fix: "add `point: {ja: …, en: …}` in our own words")
            }
            guard let id, let role else { return nil }
            return CaseCitation(id: id.id, role: role, point: point, location: id.location)
        }
    }

    /// `as: ground` is written only to give a ground a point (why the case applies here); a plain "1-1" is
    /// a ground otherwise.
    private func readRole(_ node: Node, withPoint: Bool) -> CitationRole? {
        guard let text = document.string(node, what: "as") else { return nil }
        guard let role = CitationRole(rawValue: text), role != .ground || withPoint else {
            document.report(.badValue, node, "as '\(text)' is not a way to cite a case",
                            fix: "use `note` (its 留意事項 applies) or `contrast` (it reaches another conclusion); a plain \"1-1\" is a ground, `as: ground` needs a `point`")
            return nil
        }
        return role
    }

    private func readBool(_ node: Node, what: String) -> Bool? {
        guard let text = document.string(node, what: what) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            document.report(.badValue, node, "\(what) must be true or false, found '\(text)'", fix: "write `true` or `false`")
            return nil
        }
    }

    private func readOutcome(_ node: Node) -> Outcome? {
        guard let map = document.mapping(node, what: "an outcome",
                                         known: ["id", "class", "reason", "headline", "explanation", "cases", "articles",
                                                 "obligations", "caveats", "to_confirm", "with_grounds",
                                                 "with_open_grounds"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "outcome id") }
        let name = "outcome '\(id ?? "?")'"
        let classification = map.required("class").flatMap { readClass($0) }
        let reason = map.optional("reason").flatMap { document.identifier($0, what: "\(name) reason") }
        let headline = map.required("headline").flatMap { document.text($0, what: "\(name) headline") }
        let explanation = map.required("explanation").flatMap { document.text($0, what: "\(name) explanation") }
        let cases = citations(map.optional("cases"), what: "\(name) cases")
        let articles = document.references(map.optional("articles"), what: "\(name) articles")
        let obligations = document.texts(map.optional("obligations"), what: "\(name) obligations")
        let caveats = document.texts(map.optional("caveats"), what: "\(name) caveats")
        let toConfirm = document.texts(map.optional("to_confirm"), what: "\(name) to_confirm")
        let withGrounds = map.optional("with_grounds").flatMap { document.reference($0, what: "\(name) with_grounds") }
        let withOpenGrounds = map.optional("with_open_grounds").flatMap { document.reference($0, what: "\(name) with_open_grounds") }
        if classification == .outOfScope && reason == nil && map.optional("reason") == nil {
            document.report(.missingReason, node, "\(name) is out_of_scope but gives no reason code",
                            fix: "add `reason:` (e.g. observational, not_a_product, clinical_trial)")
        }
        guard let id, let classification, let headline, let explanation else { return nil }
        return Outcome(id: id, classification: classification, reason: reason, headline: headline,
                       explanation: explanation, cases: cases, articles: articles, obligations: obligations,
                       caveats: caveats, toConfirm: toConfirm, withGrounds: withGrounds,
                       withOpenGrounds: withOpenGrounds, location: map.location)
    }

    private func readGround(_ node: Node) -> Ground? {
        guard let map = document.mapping(node, what: "a ground", known: ["id", "label", "articles", "obligations", "caveats", "open"]) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "ground id") }
        let name = "ground '\(id ?? "?")'"
        let label = map.required("label").flatMap { document.text($0, what: "\(name) label") }
        let articles = document.references(map.optional("articles"), what: "\(name) articles")
        let obligations = document.texts(map.optional("obligations"), what: "\(name) obligations")
        let caveats = document.texts(map.optional("caveats"), what: "\(name) caveats")
        let open = map.optional("open").flatMap { readBool($0, what: "\(name) open") } ?? false
        guard let id, let label else { return nil }
        return Ground(id: id, label: label, articles: articles, obligations: obligations, caveats: caveats, open: open, location: map.location)
    }

    private func readClass(_ node: Node) -> Classification? {
        guard let text = document.string(node, what: "class") else { return nil }
        guard let value = Classification(rawValue: text) else {
            document.report(.badValue, node, "class '\(text)' is not a classification",
                            fix: "use specified, clinical, out_of_scope or consult")
            return nil
        }
        return value
    }
}

extension IdentifierPattern {
    package static func editionMatches(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 32 && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

extension String {
    /// Without leading and trailing white space; on Unicode scalars, because Foundation's trimming bridges
    /// through NSString and cost more than parsing the YAML.
    package var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
