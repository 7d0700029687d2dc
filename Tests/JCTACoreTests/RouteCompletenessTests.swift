import XCTest
@testable import JCTACore

/// Walks every route of both editions (every combination of choices, 「わからない」 included) and checks
/// that no route skips a check the law needs before a study is sent out of scope, and that no route that
/// has established a ground of 特定臨床研究 ends anywhere but 特定 or 要相談.
final class RouteCompletenessTests: XCTestCase {
    /// The edition's research-test questions: what a care-based study (or one that only works with samples
    /// from elsewhere) must answer before it can be out of scope.
    static let researchTestNodes: [String: Set<String>] = [
        "2019": ["research_tests", "samples_tests"],
        "2025": ["burden", "samples_tests"],
    ]

    /// Answers that, by the casebook, mean the product under study is not used on the patient at all, so
    /// research tests cannot bring it in: an independent analyser (3-11) and surgeon-support software (3-12).
    static let notUsedByTheCasebook: Set<String> = ["integrated_analyser=no", "use=software_support"]

    /// Reasons that leave a study out whatever tests it performs: another regime, no product, or not a study
    /// of efficacy or safety or not a medical act (法第2条第1項 itself).
    static let definitionalReasons: Set<String> = ["clinical_trial", "post_marketing_trial", "regenerative_medicine_act",
                                                   "not_a_product", "not_efficacy_safety", "not_medical_act"]

    struct Route {
        var steps: [Walk.Step]
        var outcome: String
        var answers: [String: String] { Dictionary(uniqueKeysWithValues: steps.map { ($0.node, $0.choice) }) }
        func passes(_ node: String) -> Bool { steps.contains { $0.node == node } }
        func answered(_ node: String, _ choice: String) -> Bool { steps.contains { $0.node == node && $0.choice == choice } }
    }

    /// Calls `visit` with every route from the root to an outcome, through every choice (「わからない」 too).
    func forEachRoute(_ q: Questionnaire, _ visit: (Route) throws -> Void) rethrows {
        func walk(_ id: String, _ steps: [Walk.Step]) throws {
            let node = q.node(id)!
            for choice in node.choices {
                let next = steps + [Walk.Step(node: id, choice: choice.id)]
                switch choice.destination! {
                case .node(let reference): try walk(reference.id, next)
                case .outcome(let reference): try visit(Route(steps: next, outcome: reference.id))
                }
            }
        }
        try walk(q.root, [])
    }

    func testEveryRouteOfBothEditionsChecksWhatTheLawNeedsBeforeOutOfScope() throws {
        for edition in ["2019", "2025"] {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            let classifier = Classifier(q)
            let testNodes = try XCTUnwrap(Self.researchTestNodes[edition])
            var count = 0
            var outOfScope = 0
            var results = Set<String>()
            try forEachRoute(q) { route in
                count += 1
                let name = "\(edition): " + route.steps.map { "\($0.node)=\($0.choice)" }.joined(separator: " ")
                // The route's own result: its outcome, or the one its grounds call for.
                let outcome = try XCTUnwrap(classifier.settledOutcome(Walk(q, answers: route.answers)), name)
                results.insert(outcome.id)
                let grounds = route.steps.flatMap { q.node($0.node)!.choice($0.choice)!.grounds }.compactMap { q.ground($0.id) }

                // A care-based study, and one that only uses samples from elsewhere, always meets the
                // edition's research-test question before its result.
                if route.answered("intervention", "care") || route.answered("use", "samples_only") {
                    XCTAssertTrue(route.steps.contains { testNodes.contains($0.node) }, "\(name): research tests never asked")
                }
                // A settled ground of 特定 never ends in 対象外 or a plain 臨床研究.
                if grounds.contains(where: { !$0.open }) {
                    XCTAssertTrue([.specified, .consult].contains(outcome.classification), "\(name) -> \(outcome.id)")
                }
                // Once funding or approval is asked the study is in scope: never out of scope after them.
                if route.passes("funding") || route.passes("approval") {
                    XCTAssertNotEqual(outcome.classification, .outOfScope, name)
                }
                guard outcome.classification == .outOfScope else { return }
                outOfScope += 1
                XCTAssertTrue(grounds.isEmpty, "\(name): out of scope with grounds")
                let reason = try XCTUnwrap(outcome.reason, name)
                if !Self.definitionalReasons.contains(reason) {
                    // Observational, or not used on the subjects: only after the research-test question,
                    // unless the casebook says the product is not used on the patient at all.
                    let exempt = route.steps.contains { Self.notUsedByTheCasebook.contains("\($0.node)=\($0.choice)") }
                    XCTAssertTrue(exempt || route.steps.contains { testNodes.contains($0.node) },
                                  "\(name): out of scope (\(reason)) without the research-test question")
                }
            }
            XCTAssertGreaterThan(count, 10_000, "edition \(edition) has \(count) routes")
            XCTAssertGreaterThan(outOfScope, 100, edition)
            // Every result of the edition is some route's result (with_grounds targets included).
            XCTAssertEqual(results.union([q.consultOutcome]), Set(q.outcomes.map(\.id)), edition)
        }
    }

    func testTheObligationsOfFundingFollowOnlyAMakerFundingAnswerOfYesOrNotSure() throws {
        for edition in ["2019", "2025"] {
            let q = try XCTUnwrap(EditionCatalog.entry(id: edition)).load()
            let classifier = Classifier(q)
            try forEachRoute(q) { route in
                // Classifying resolves each 「わからない」 by trying every answer, so only routes whose one
                // 「わからない」, if any, is the funding answer are classified here.
                let unsure = route.steps.filter { q.node($0.node)!.choice($0.choice)!.unsure }.map(\.node)
                guard unsure.isEmpty || unsure == ["funding"] else { return }
                let result = try classifier.classify(route.answers).get()
                let funding = route.answered("funding", "maker_funds") || route.answered("funding", "unsure")
                let listsContract = result.obligations.contains { $0.ja.contains("第32条") }
                XCTAssertEqual(listsContract, funding && result.classification != .outOfScope,
                               "\(edition): \(route.steps.map { "\($0.node)=\($0.choice)" }) -> \(result.outcome)")
            }
        }
    }
}
