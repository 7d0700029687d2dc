/// A comparison as text, Markdown or JSON (`jcta compare`).
public enum ComparisonExport {
    public static func text(_ s: ComparisonSections) -> String {
        var out = "\(s.heading)\n\n" + s.stamp.joined(separator: "\n") + "\n"
        for section in s.sections {
            out += "\n[\(section.title)]\n" + section.items.map { "  * \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public static func markdown(_ s: ComparisonSections) -> String {
        var out = "# \(MarkdownExport.escape(s.heading))\n\n" + s.stamp.map { "- \(MarkdownExport.escape($0))" }.joined(separator: "\n") + "\n"
        for section in s.sections {
            out += "\n## \(MarkdownExport.escape(section.title))\n\n"
                + section.items.map { "- \(MarkdownExport.escape($0))" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// A printable page, as the result's HTML export.
    public static func html(_ s: ComparisonSections, language: Language) -> String {
        let e = HTMLPage.escape
        var body = "<h1>\(e(s.heading))</h1>\n" + HTMLPage.list(s.stamp)
        for section in s.sections {
            body += "<h2>\(e(section.title))</h2>\n" + HTMLPage.list(section.items)
        }
        body += HTMLPage.reviewerBox(language: language)
        return HTMLPage.document(title: s.heading, language: language, body: body)
    }

    struct Payload: Encodable {
        struct Edition: Encodable {
            var id: String
            var title: LocalizedText
            var effective_period: String
            var status: String
            var classification: JSONExport.Nullable<String>
            var reason: JSONExport.Nullable<String>
            var outcome: JSONExport.Nullable<String>
            var grounds: [JSONExport.Payload.ArticleRef]
            var needs_answer: JSONExport.Nullable<String>
            var asked_only_by_this_edition: Bool
            /// For an edition that needs an answer: what each answer would lead to there.
            var if_answered: [Alternative]
            /// Caveats of this edition's result that no other edition's result carries.
            var caveats_bearing_on_difference: [LocalizedText]
            var error: JSONExport.Nullable<LocalizedText>
        }
        struct Alternative: Encodable {
            var choice: String
            var answer: LocalizedText
            var classification: JSONExport.Nullable<String>
            var class_label: JSONExport.Nullable<LocalizedText>
            var outcome: JSONExport.Nullable<String>
            var headline: JSONExport.Nullable<LocalizedText>
            var next_question: JSONExport.Nullable<LocalizedText>
            var caveats: [LocalizedText]
        }
        struct Cause: Encodable {
            var edition: String
            var number: Int
            var kind: String
            var node: String
            var question: LocalizedText
            var answer: LocalizedText
            var articles: [JSONExport.Payload.ArticleRef]
        }
        struct Difference: Encodable {
            var from: String
            var to: String
            var causes: [Cause]
        }
        struct Transition: Encodable {
            var study_edition: String
            var screening_edition: String
            var change_date: String
            var caveat: LocalizedText
        }
        var tool: String
        var screened_on: String
        var study_date: JSONExport.Nullable<String>
        var study_title: JSONExport.Nullable<String>
        var editions: [Edition]
        var differences: [Difference]
        var transition: JSONExport.Nullable<Transition>
        var disclaimer: LocalizedText
    }

    static func payload(_ c: EditionComparison) -> (editions: [Payload.Edition], differences: [Payload.Difference], transition: Payload.Transition?) {
        let editions = c.columns.map { column -> Payload.Edition in
            var edition = Payload.Edition(id: column.edition, title: column.title, effective_period: column.effectivePeriod,
                                          status: "classified", classification: .init(nil), reason: .init(nil), outcome: .init(nil),
                                          grounds: [], needs_answer: .init(nil), asked_only_by_this_edition: false,
                                          if_answered: column.alternatives.map { a in
                                              Payload.Alternative(choice: a.choice, answer: a.answer,
                                                                  classification: .init(a.result?.classification.rawValue),
                                                                  class_label: .init(a.result?.classification.label),
                                                                  outcome: .init(a.result?.outcome), headline: .init(a.result?.headline),
                                                                  next_question: .init(a.nextQuestion), caveats: a.caveats)
                                          },
                                          caveats_bearing_on_difference: column.distinctCaveats, error: .init(nil))
            switch column.verdict {
            case .classified(let r):
                edition.classification = .init(r.classification.rawValue)
                edition.reason = .init(r.reason)
                edition.outcome = .init(r.outcome)
                edition.grounds = r.articles.map { .init(id: $0.id, label: $0.label) }
            case .needsAnswer(let node, _, _, let onlyHere):
                edition.status = "needs_answer"
                edition.needs_answer = .init(node)
                edition.asked_only_by_this_edition = onlyHere
            case .invalid(let message):
                edition.status = "invalid"
                edition.error = .init(message)
            }
            return edition
        }
        let differences = c.differences.map { difference in
            Payload.Difference(from: difference.from, to: difference.to, causes: difference.causes.map { cause in
                Payload.Cause(edition: cause.edition, number: cause.number, kind: cause.kind == .askedOnlyHere ? "asked_only_here" : "leads_elsewhere",
                              node: cause.node, question: cause.question, answer: cause.answer,
                              articles: cause.articles.map { .init(id: $0.id, label: $0.label) })
            })
        }
        let transition = c.transition.map {
            Payload.Transition(study_edition: $0.studyEdition, screening_edition: $0.screeningEdition,
                               change_date: $0.changeDate.description, caveat: $0.caveat)
        }
        return (editions, differences, transition)
    }

    public static func json(_ c: EditionComparison, screenedOn: CivilDate, studyDate: CivilDate?, studyTitle: String?,
                            toolVersion: String = JCTAVersion.current) -> String {
        let (editions, differences, transition) = payload(c)
        return JSONExport.encode(Payload(tool: "jcta \(toolVersion)", screened_on: screenedOn.description,
                                         study_date: .init(studyDate?.description), study_title: .init(studyTitle),
                                         editions: editions, differences: differences, transition: .init(transition),
                                         disclaimer: Disclaimer.text))
    }
}
