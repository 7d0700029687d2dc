import XCTest
@testable import JCTACore

final class TrainingScenarioValidatorTests: XCTestCase {
    private func problems(_ yaml: String) throws -> [Diagnostic] {
        let editions = try TrainingTestSupport.editions()
        let scenarios = try ScenarioLoader.load(text: yaml, file: "s.yaml")
        // Every edition case is retold by the embedded file; add it so coverage does not drown the result.
        let covering = try TrainingTestSupport.scenarios().filter { $0.caseID != nil && !scenarios.map(\.caseID).contains($0.caseID) }
        return ScenarioValidator.validate(scenarios + covering, editions: editions).filter { $0.location.file == "s.yaml" }
    }

    func testAValidPracticeScenarioHasNoProblems() throws {
        XCTAssertEqual(try problems(TrainingTestSupport.yaml()), [])
    }

    func testAQuestionNoEditionAsksIsADanglingReferenceAtTheAnswer() throws {
        let found = try problems(TrainingTestSupport.yaml(answers: "{exclusion: none, produkt: none}"))
        XCTAssertTrue(found.contains { $0.code == .danglingReference && $0.message.contains("produkt") && $0.location.line == 7 })
        XCTAssertTrue(found.contains { $0.code == .missingKey && $0.message.contains("'product'") })
    }

    func testAContrastMustBeAnotherAnswerToAQuestionTheScenarioAnswers() throws {
        let fine = try problems(TrainingTestSupport.yaml(extra: "    contrasts: {product: [drug]}"))
        XCTAssertEqual(fine, [])
        let notAnswered = try problems(TrainingTestSupport.yaml(extra: "    contrasts: {funding: [maker_funds]}"))
        XCTAssertTrue(notAnswered.contains { $0.code == .danglingReference && $0.message.contains("'funding'") })
        let same = try problems(TrainingTestSupport.yaml(extra: "    contrasts: {product: [none, fud]}"))
        XCTAssertEqual(same.filter { $0.code == .badValue }.count, 2, "the scenario's own answer and an unknown choice")
    }

    func testAnUnknownChoiceIsReported() throws {
        let found = try problems(TrainingTestSupport.yaml(answers: "{exclusion: none, product: lunch}"))
        XCTAssertTrue(found.contains { $0.code == .danglingReference && $0.message.contains("'lunch' is not a choice of 'product'") })
    }

    func testAnAnswerNoWalkReachesIsUnreachable() throws {
        let found = try problems(TrainingTestSupport.yaml(answers: "{exclusion: none, product: none, funding: maker_funds}"))
        XCTAssertEqual(found.map(\.code), [.unreachable])
        XCTAssertTrue(found[0].message.contains("'funding'"))
    }

    func testAWalkThatStopsShortNamesTheQuestionInEachEdition() throws {
        let found = try problems(TrainingTestSupport.yaml(answers: "{exclusion: none, product: drug}"))
        XCTAssertEqual(found.filter { $0.code == .missingKey }.count, 2, "once per edition")
        XCTAssertTrue(found.allSatisfy { $0.message.contains("'use'") })
    }

    func testListTagsMustMatchTheRetoldCase() throws {
        let wrongList = try problems(TrainingTestSupport.yaml(id: "case_3_12", caseLine: "3-12", tags: "[\"2\", use]",
                                                              answers: "{exclusion: none, product: device, use: software_support}"))
        XCTAssertEqual(wrongList.map(\.code), [.badValue])
        let listWithoutCase = try problems(TrainingTestSupport.yaml(tags: "[\"1\", funding]"))
        XCTAssertEqual(listWithoutCase.map(\.code), [.badValue])
    }

    func testAnUnknownCaseAndADuplicateIDAreReported() throws {
        let unknownCase = try problems(TrainingTestSupport.yaml(caseLine: "3-99", tags: "[\"3\"]"))
        XCTAssertTrue(unknownCase.contains { $0.code == .danglingReference && $0.message.contains("3-99") })
        let twice = TrainingTestSupport.yaml() + """
          - id: sample
            tags: [funding]
            title: {ja: 題, en: Title}
            description: {ja: 説明, en: Description}
            answers: {exclusion: none, product: none}
            teaching_point: {ja: 解説, en: Why}
        """
        XCTAssertEqual(try problems(twice).map(\.code), [.duplicateID])
    }

    func testACasebookEntryWithoutAScenarioIsReported() throws {
        let editions = try TrainingTestSupport.editions()
        let withoutOne = try TrainingTestSupport.scenarios().filter { $0.caseID != "2-4" }
        let found = ScenarioValidator.validate(withoutOne, editions: editions)
        XCTAssertEqual(found.map(\.code), [.caseNotCited])
        XCTAssertTrue(found[0].message.contains("2-4"))
    }
}
