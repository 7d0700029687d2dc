import Foundation

/// The result as JSON, in both languages, for scripts (keys sorted, so output is stable).
public enum JSONExport {
    struct Payload: Encodable {
        struct Edition: Encodable {
            var id: String
            var title: LocalizedText
            var effective_period: String
        }
        struct Step: Encodable {
            var node: String
            var choice: String
            var question: LocalizedText
            var answer: LocalizedText
            var unsure: Bool
        }
        struct ArticleRef: Encodable {
            var id: String
            var label: LocalizedText
        }
        struct CitedCase: Encodable {
            var id: String
            var role: String
            var list: String
            var text: LocalizedText
        }
        struct GroundFinding: Encodable {
            var id: String
            var label: LocalizedText
            var status: String
        }
        struct Scenario: Encodable {
            var node: String
            var choice: String
            var question: LocalizedText?
            var answer: LocalizedText
            var classifications: [String]
        }
        var tool: String
        var edition: Edition
        var screened_on: String
        var study_date: Nullable<String>
        var study_title: Nullable<String>
        var classification: String
        var class_label: LocalizedText
        var reason: Nullable<String>
        var outcome: String
        var headline: LocalizedText
        var explanation: LocalizedText
        var path: [Step]
        var cases: [String]
        var case_citations: [CitedCase]
        var grounds: [GroundFinding]
        var articles: [ArticleRef]
        var caveats: [LocalizedText]
        var obligations: [LocalizedText]
        var to_confirm: [LocalizedText]
        var scenarios: [Scenario]
        var not_decisive: [String]
        var unused: [String]
        /// The same answers with their words, ids beside them.
        var unused_answers: [UnusedAnswer]
        /// Every edition side by side in the transitional case, else null.
        var editions_compared: Nullable<EditionsCompared>
        var disclaimer: LocalizedText
    }
    struct UnusedAnswer: Encodable {
        var node: String
        var choice: String
        var words: LocalizedText
    }
    struct EditionsCompared: Encodable {
        var editions: [ComparisonExport.Payload.Edition]
        var differences: [ComparisonExport.Payload.Difference]
        var transition: ComparisonExport.Payload.Transition?
    }

    public static func render(_ document: ResultDocument) -> String {
        let r = document.result
        let payload = Payload(
            tool: "jcta \(document.toolVersion)",
            edition: .init(id: r.edition, title: r.editionTitle, effective_period: r.effectivePeriod),
            screened_on: document.screenedOn.description,
            study_date: Nullable(document.studyDate?.description),
            study_title: Nullable(document.studyTitle),
            classification: r.classification.rawValue,
            class_label: r.classification.label,
            reason: Nullable(r.reason),
            outcome: r.outcome,
            headline: r.headline,
            explanation: r.explanation,
            path: r.path.map { .init(node: $0.node, choice: $0.choice, question: $0.question, answer: $0.answer, unsure: $0.unsure) },
            cases: r.cases,
            case_citations: r.citations.map { .init(id: $0.id, role: $0.role.rawValue, list: $0.list.rawValue, text: $0.text) },
            grounds: r.grounds.map { .init(id: $0.id, label: $0.label, status: $0.status.rawValue) },
            articles: r.articles.map { .init(id: $0.id, label: $0.label) },
            caveats: r.caveats,
            obligations: r.obligations,
            to_confirm: r.toConfirm,
            scenarios: r.scenarios.map { .init(node: $0.node, choice: $0.choice, question: r.questionNames[$0.node], answer: $0.answer,
                                               classifications: $0.classifications.map(\.rawValue)) },
            not_decisive: r.notDecisive,
            unused: r.unused,
            unused_answers: zip(UnusedAnswers.named(r, language: .ja), UnusedAnswers.named(r, language: .en)).map { ja, en in
                UnusedAnswer(node: ja.node, choice: ja.choice, words: LocalizedText(ja: ja.words, en: en.words))
            },
            editions_compared: Nullable(document.comparison.map(ComparisonExport.payload).map {
                EditionsCompared(editions: $0.editions, differences: $0.differences, transition: $0.transition)
            }),
            disclaimer: Disclaimer.text)
        return encode(payload)
    }

    /// An optional written as `null` when absent, so every result has the same keys for scripts.
    struct Nullable<Value: Encodable>: Encodable {
        var value: Value?

        init(_ value: Value?) {
            self.value = value
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    /// Pretty, key-sorted JSON with a final newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
