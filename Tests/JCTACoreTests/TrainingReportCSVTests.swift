import XCTest
@testable import JCTACore

/// The trainer's CSV report is quoted as classify's CSV is: a cell a spreadsheet would run as a formula stays text.
final class TrainingReportCSVTests: XCTestCase {
    func testATraineeNameStartingWithEqualsIsNeutralised() throws {
        let name = "=HYPERLINK(\"http://example.com\",\"x\")"
        var round = try TrainingSession(pool: try TrainingTestSupport.pool("2025"),
                                        selection: ScenarioSelection(filters: ["2"], count: 1, seed: 7), trainee: name)
        try round.choose(.clinical)
        try round.skipWalk()
        let report = TrainingReport([round.scoreSheet(date: CivilDate(year: 2026, month: 4, day: 1)!)])
        let csv = report.rendered(as: .csv, language: .en)
        let row = try XCTUnwrap(csv.split(whereSeparator: \.isNewline).first { $0.contains("HYPERLINK") })
        XCTAssertTrue(row.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\","), String(row))
        let cells = row.components(separatedBy: "\",\"")
        XCTAssertFalse(cells.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") }, "no cell starts a formula: \(row)")
    }
}
