import XCTest
@testable import JCTACore

/// The shipped editions, walked route by route: every result cites cases that fit it, and says what is
/// unverified about the 2025 ordinance once, where it matters.
final class EditionCitationTests: XCTestCase {
    static let editions = ["2019", "2025"]

    /// Every answers set of definite answers that ends in an outcome (「わからない」 is left out: resolving it is
    /// the classifier's job, tested elsewhere, and it multiplies the routes).
    static func routes(_ q: Questionnaire) -> [[String: String]] {
        var found: [[String: String]] = []
        var stack: [(node: String, answers: [String: String])] = [(q.root, [:])]
        while let (id, answers) = stack.popLast() {
            guard let node = q.node(id) else { continue }
            for choice in node.choices where !choice.unsure {
                var next = answers
                next[id] = choice.id
                switch choice.destination {
                case .node(let reference)?: stack.append((reference.id, next))
                case .outcome?: found.append(next)
                case nil: break
                }
            }
        }
        return found
    }

    nonisolated(unsafe) private static var cache: [String: [ClassificationResult]] = [:]
    static func results(_ edition: String) throws -> [ClassificationResult] {
        if let cached = cache[edition] { return cached }
        let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
        let classifier = Classifier(q)
        let results = try routes(q).map { try classifier.classify($0).get() }
        cache[edition] = results
        return results
    }

    func testShippedOutOfScopeCasesNameTheirReasons() throws {
        for edition in Self.editions {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            let reasons = Set(q.outcomes.compactMap(\.reason))
            for entry in q.cases where entry.list == .outOfScope {
                XCTAssertFalse(entry.reasons.isEmpty, "\(edition): case \(entry.id) names no reasons")
                XCTAssertTrue(Set(entry.reasons).isSubset(of: reasons), "\(edition): case \(entry.id) names a reason no outcome has")
            }
        }
    }

    func testEveryOutOfScopeResultCitesOnlyCasesThatFitItsReason() throws {
        for edition in Self.editions {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            let results = try Self.results(edition)
            XCTAssertGreaterThan(results.count, 30, "\(edition): the walk found too few routes")
            for result in results where result.classification == .outOfScope {
                let route = result.path.map { "\($0.node)=\($0.choice)" }.joined(separator: " ")
                for cited in result.citations {
                    let entry = try XCTUnwrap(q.caseEntry(cited.id))
                    switch cited.role {
                    case .ground:
                        XCTAssertEqual(entry.list, .outOfScope, "\(edition) \(route): \(cited.id) stands as a ground")
                        XCTAssertTrue(entry.reasons.contains(result.reason ?? ""),
                                      "\(edition) \(route): \(cited.id) (\(entry.reasons)) under reason \(result.reason ?? "none")")
                    case .contrast:
                        // Shown under its own heading with its own class: it reaches another conclusion or reason.
                        XCTAssertFalse(entry.supports(result.classification, reason: result.reason),
                                       "\(edition) \(route): \(cited.id) fits, so it should stand as a ground")
                    case .note:
                        XCTAssertNotNil(entry.note, "\(edition) \(route): \(cited.id) has no note")
                    }
                }
            }
        }
    }

    func testNoGroundStandsUnderAResultItsRuleDoesNotReach() throws {
        for edition in Self.editions {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            for result in try Self.results(edition) where result.classification != .consult {
                for cited in result.citations where cited.role == .ground {
                    let entry = try XCTUnwrap(q.caseEntry(cited.id))
                    XCTAssertTrue(entry.supports(result.classification, reason: result.reason),
                                  "\(edition) \(result.outcome): \(cited.id) as a ground")
                }
            }
        }
    }

    func testTheUnverifiedOrdinanceIsSaidOncePerResultWhereItMatters() throws {
        let marker = LocalizedText(ja: "改正後の施行規則（2025年2月改正）の条文は、ここでは確認できていません", en: "This tool has not been checked against the text of the amended Enforcement Ordinance")
        for edition in Self.editions {
            for result in try Self.results(edition) {
                for language in Language.allCases {
                    let document = ResultDocument(result: result, screenedOn: CivilDate(iso: "2025-06-01")!, language: language)
                    let text = document.rendered(as: .text)
                    let count = text.components(separatedBy: marker[language]).count - 1
                    let reliesOnOrdinance = edition == "2025"
                        && (result.classification == .specified || result.classification == .clinical
                            || ["consult_burden_open", "consult_burden_scope", "consult_samples_tests", "out_observational"].contains(result.outcome))
                    XCTAssertEqual(count, reliesOnOrdinance ? 1 : 0, "\(edition) \(result.outcome) \(language): said \(count) times")
                }
            }
        }
    }

    func testEffortDutiesAreDutiesAndTheArticlesAreRight() throws {
        for edition in Self.editions {
            for result in try Self.results(edition) {
                let ids = result.articles.map(\.id)
                let obligations = result.obligations.map(\.en).joined(separator: " ")
                XCTAssertFalse(obligations.contains("recommended") || obligations.contains("encouraged"), "\(edition) \(result.outcome)")
                switch result.classification {
                case .specified:
                    XCTAssertTrue(ids.contains("act_4_2"), "\(edition) \(result.outcome): \(ids)")
                    XCTAssertTrue(obligations.contains("Art. 4(2)") && obligations.contains("Art. 8") && obligations.contains("Arts. 39 to 43"))
                case .clinical:
                    XCTAssertTrue(ids.contains("act_4_1") && ids.contains("act_21"), "\(edition) \(result.outcome): \(ids)")
                    XCTAssertTrue(obligations.contains("duty of effort"))
                default: break
                }
                if edition == "2025" && (result.classification == .specified || result.classification == .clinical) {
                    XCTAssertTrue(obligations.contains("chief manager"), "\(edition) \(result.outcome)")
                }
            }
        }
    }

    func testJapaneseAndEnglishSayAsManyThings() throws {
        for edition in Self.editions {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            for outcome in q.outcomes {
                for text in outcome.obligations + outcome.caveats {
                    let jaArticles = text.ja.ranges(of: /第[0-9]+条/).count
                    let enArticles = text.en.ranges(of: /Arts?\. [0-9]/).count
                    XCTAssertEqual(jaArticles > 0, enArticles > 0, "\(edition) \(outcome.id): \(text.ja) / \(text.en)")
                }
            }
        }
    }
}
