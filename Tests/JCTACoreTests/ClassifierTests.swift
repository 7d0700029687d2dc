import XCTest
@testable import JCTACore

final class ClassifierTests: XCTestCase {
    func testDefiniteAnswersReachTheirOutcome() throws {
        let classifier = Classifier(try Fixtures.minimal())
        let result = try classifier.classify(["uses_product": "yes", "funding": "maker_funds"]).get()
        XCTAssertEqual(result.classification, .specified)
        XCTAssertEqual(result.outcome, "specified_funding")
        XCTAssertEqual(result.path.map(\.choice), ["yes", "maker_funds"])
        XCTAssertEqual(result.cases, ["1-1"])
        XCTAssertEqual(result.caveats.map(\.en), ["Mind the contract"])
        XCTAssertEqual(result.articles.map(\.id), ["act_2_1"])
        XCTAssertEqual(result.toConfirm, [])
        XCTAssertNil(result.reason)
    }

    func testOutOfScopeCarriesItsReason() throws {
        let result = try Classifier(try Fixtures.minimal()).classify(["uses_product": "no"]).get()
        XCTAssertEqual(result.classification, .outOfScope)
        XCTAssertEqual(result.reason, "not_a_product")
        XCTAssertEqual(result.cases, ["3-1"])
    }

    func testMissingUnknownAndUnusedAnswers() throws {
        let classifier = Classifier(try Fixtures.minimal())
        XCTAssertEqual(classifier.classify(["uses_product": "yes"]).failure, .missingAnswer(node: "funding"))
        XCTAssertEqual(classifier.classify(["uses_product": "maybe"]).failure, .unknownChoice(node: "uses_product", choice: "maybe"))
        XCTAssertEqual(classifier.classify(["nonsense": "x"]).failure, .unknownNode("nonsense"))
        let result = try classifier.classify(["uses_product": "no", "funding": "no"]).get()
        XCTAssertEqual(result.unused, ["funding"])
    }

    func testNotSureThatMattersEndsInConsultListingTheFact() throws {
        let result = try Classifier(try Fixtures.minimal()).classify(["uses_product": "unsure", "funding": "no"]).get()
        XCTAssertEqual(result.classification, .consult)
        XCTAssertEqual(result.outcome, "consult_open")
        XCTAssertEqual(result.toConfirm.map(\.en), ["Whether a product is used"])
        XCTAssertEqual(result.scenarios.map(\.choice), ["yes", "no"])
        XCTAssertEqual(result.scenarios.map(\.classifications), [[.clinical], [.outOfScope]])
        XCTAssertEqual(result.notDecisive, [])
    }

    func testNotSureAtTheLastQuestionListsWhatEachAnswerWouldDecide() throws {
        let result = try Classifier(try Fixtures.minimal()).classify(["uses_product": "yes", "funding": "unsure"]).get()
        XCTAssertEqual(result.classification, .consult)
        XCTAssertEqual(result.toConfirm.map(\.en), ["Where the funds come from"])
        XCTAssertEqual(result.scenarios.map(\.classifications), [[.specified], [.clinical]])
    }

    func testNotSureThatCannotChangeTheClassKeepsTheClass() throws {
        // Both answers to the first question lead to out_of_scope when the product question says no.
        let text = Fixtures.text("valid/minimal.yaml").replacingOccurrences(
            of: "      - id: \"no\"\n        label: {ja: 受けない, en: \"No\"}\n        outcome: clinical_plain",
            with: "      - id: \"no\"\n        label: {ja: 受けない, en: \"No\"}\n        outcome: out_not_product")
        var q = try QuestionnaireLoader.load(text: text, file: "t.yaml")
        q.outcomes.removeAll { $0.id == "clinical_plain" }
        q = Questionnaire(format: q.format, edition: q.edition, title: q.title, effectiveFrom: q.effectiveFrom,
                          effectiveUntil: q.effectiveUntil, sources: q.sources, root: q.root, consultOutcome: q.consultOutcome,
                          articles: q.articles, cases: q.cases, glossary: q.glossary, nodes: q.nodes, outcomes: q.outcomes,
                          location: q.location, keyLocations: q.keyLocations)
        let result = try Classifier(q).classify(["uses_product": "unsure", "funding": "no"]).get()
        XCTAssertEqual(result.classification, .outOfScope)
        XCTAssertEqual(result.notDecisive, ["uses_product"])
        XCTAssertEqual(result.toConfirm, [])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
