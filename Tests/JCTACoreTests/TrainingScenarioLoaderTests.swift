import XCTest
@testable import JCTACore

final class TrainingScenarioLoaderTests: XCTestCase {
    func testLoadsAScenarioWithItsAnswersInOrder() throws {
        let scenarios = try ScenarioLoader.load(text: TrainingTestSupport.yaml(
            answers: "{exclusion: none, product: device, use: software_support}"), file: "s.yaml")
        XCTAssertEqual(scenarios.count, 1)
        let scenario = scenarios[0]
        XCTAssertEqual(scenario.id, "sample")
        XCTAssertNil(scenario.caseID)
        XCTAssertEqual(scenario.tags, ["funding"])
        XCTAssertEqual(scenario.description, LocalizedText(ja: "説明", en: "Description"))
        XCTAssertEqual(scenario.answers.map(\.node), ["exclusion", "product", "use"])
        XCTAssertEqual(scenario.answerMap["use"], "software_support")
        XCTAssertEqual(scenario.location.line, 3)
    }

    func testUnknownKeyIsReportedWithItsPlace() throws {
        let text = TrainingTestSupport.yaml().replacingOccurrences(of: "    tags:", with: "    expected: specified\n    tags:")
        XCTAssertThrowsError(try ScenarioLoader.load(text: text, file: "s.yaml")) { error in
            let diagnostics = (error as! DiagnosticList).diagnostics
            XCTAssertEqual(diagnostics.map(\.code), [.unknownKey])
            XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "s.yaml", line: 4, column: 5))
        }
    }

    func testMissingFieldsBadTagsAndWrongShapesAreAllReported() throws {
        let text = """
        format: 1
        scenarios:
          - id: one
            tags: [Funding]
            description: {ja: 説明}
            answers: [exclusion, none]
        """
        XCTAssertThrowsError(try ScenarioLoader.load(text: text, file: "s.yaml")) { error in
            let codes = (error as! DiagnosticList).diagnostics.map(\.code)
            XCTAssertEqual(Set(codes), [.badValue, .missingLanguage, .wrongType, .missingKey])
            XCTAssertEqual((error as! DiagnosticList).diagnostics.first { $0.code == .badValue }?.location.line, 4)
        }
    }

    func testUnsupportedFormatAndEmptyFile() throws {
        XCTAssertThrowsError(try ScenarioLoader.load(text: "format: 2\nscenarios: []\n", file: "s.yaml")) { error in
            XCTAssertEqual((error as! DiagnosticList).diagnostics.map(\.code), [.unsupportedFormat])
        }
        XCTAssertThrowsError(try ScenarioLoader.load(text: "", file: "s.yaml")) { error in
            XCTAssertEqual((error as! DiagnosticList).diagnostics.map(\.code), [.emptyFile])
        }
    }

    func testDuplicateAnswerKeyIsASyntaxLevelError() throws {
        let text = TrainingTestSupport.yaml(answers: "{exclusion: none, exclusion: clinical_trial}")
        XCTAssertThrowsError(try ScenarioLoader.load(text: text, file: "s.yaml")) { error in
            XCTAssertEqual((error as! DiagnosticList).diagnostics.map(\.code), [.duplicateKey])
        }
    }

    func testTheEmbeddedScenariosLoadAndValidateAgainstEveryEdition() throws {
        let scenarios = try TrainingTestSupport.scenarios()
        let editions = try TrainingTestSupport.editions()
        XCTAssertGreaterThanOrEqual(editions.count, 2)
        XCTAssertEqual(ScenarioValidator.validate(scenarios, editions: editions), [])
        let retold = scenarios.compactMap(\.caseID)
        XCTAssertEqual(retold.count, 22, "one scenario per casebook entry")
        XCTAssertEqual(Set(retold), Set(editions[0].cases.map(\.id)))
        XCTAssertGreaterThanOrEqual(scenarios.count - retold.count, 20, "at least 20 practice scenarios")
        // The scenario file must not look like an edition to the catalogue.
        XCTAssertFalse(EditionCatalog.entries.contains { $0.fileName == ScenarioLoader.fileName })
    }
}
