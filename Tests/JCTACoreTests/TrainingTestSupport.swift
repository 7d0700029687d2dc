import XCTest
@testable import JCTACore

/// The embedded editions and scenarios, loaded once per use, for the training tests.
enum TrainingTestSupport {
    static func edition(_ id: String) throws -> Questionnaire {
        let entry = try XCTUnwrap(EditionCatalog.entry(id: id), "edition \(id) is not embedded")
        return try entry.load()
    }

    static func editions() throws -> [Questionnaire] {
        try EditionCatalog.entries.map { try $0.load() }
    }

    static func scenarios() throws -> [TrainingScenario] {
        try ScenarioLoader.loadEmbedded()
    }

    static func pool(_ edition: String) throws -> TrainingPool {
        TrainingPool(scenarios: try scenarios(), questionnaire: try self.edition(edition))
    }

    static func item(_ id: String, edition: String) throws -> TrainingItem {
        try XCTUnwrap(try pool(edition).item(id: id), "no scenario \(id)")
    }

    /// A scenario file with one scenario whose fields can be replaced, for loader and validator tests.
    static func yaml(id: String = "sample", caseLine: String = "", tags: String = "[funding]",
                     answers: String = "{exclusion: none, product: none}", extra: String = "") -> String {
        """
        format: 1
        scenarios:
          - id: \(id)
        \(caseLine.isEmpty ? "" : "    case: \"\(caseLine)\"\n")    tags: \(tags)
            title: {ja: 題, en: Title}
            description: {ja: 説明, en: Description}
            answers: \(answers)
            teaching_point: {ja: 解説, en: Why}
        \(extra)
        """
    }
}
