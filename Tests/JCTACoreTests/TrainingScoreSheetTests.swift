import XCTest
@testable import JCTACore

final class TrainingScoreSheetTests: XCTestCase {
    private func sheet() throws -> ScoreSheet {
        var round = try TrainingSession(pool: try TrainingTestSupport.pool("2025"),
                                        selection: ScenarioSelection(filters: ["2"], count: 2, seed: 7), trainee: "佐藤")
        try round.choose(.clinical)
        try round.startWalk()
        for _ in 0..<6 { try round.answerWalk(index: 0) }
        try round.skipWalk()
        try round.next()
        try round.choose(.outOfScope)
        try round.skipWalk()
        return round.scoreSheet(date: CivilDate(year: 2026, month: 4, day: 1)!)
    }

    func testJSONShape() throws {
        let sheet = try sheet()
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sheet.rendered(as: .json, language: .ja).utf8)) as? [String: Any])
        XCTAssertEqual(Set(json.keys), ["tool", "trainee", "edition", "seed", "count", "filters", "date", "time", "complete",
                                        "not_reached", "rows", "totals", "by_tag"])
        XCTAssertEqual(json["trainee"] as? String, "佐藤")
        XCTAssertEqual(json["seed"] as? Int, 7)
        XCTAssertEqual(json["date"] as? String, "2026-04-01")
        XCTAssertEqual(json["filters"] as? [String], ["2"])
        XCTAssertEqual((json["edition"] as? [String: Any])?["id"] as? String, "2025")
        let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 2)
        for row in rows {
            XCTAssertEqual(Set(row.keys), ["number", "scenario", "title", "case", "tags", "topics", "picked", "expected", "correct",
                                          "walked", "decides", "teaching_point"])
        }
        XCTAssertEqual(rows[0]["number"] as? Int, 1)
        XCTAssertEqual(rows[0]["picked"] as? String, "clinical")
        XCTAssertEqual(rows[0]["expected"] as? String, "clinical")
        XCTAssertEqual(rows[0]["correct"] as? Bool, true)
        XCTAssertTrue(rows[0]["walked"] is NSNull, "an abandoned walk reaches no class")
        XCTAssertEqual(rows[1]["picked"] as? String, "out_of_scope")
        XCTAssertEqual(rows[1]["correct"] as? Bool, false)
        XCTAssertFalse((rows[1]["decides"] as? [[String: String]])?.isEmpty ?? true, "a miss carries what decides it")
        XCTAssertNotNil(rows[1]["teaching_point"] as? [String: String])
        XCTAssertTrue(rows[0]["teaching_point"] is NSNull)
        XCTAssertNotNil((rows[0]["title"] as? [String: String])?["ja"])
        let totals = try XCTUnwrap(json["totals"] as? [String: Int])
        XCTAssertEqual(totals, ["correct": 1, "total": 2, "percent": 50])
        let byTag = try XCTUnwrap(json["by_tag"] as? [[String: Any]])
        XCTAssertEqual(byTag.first?["tag"] as? String, "2")
        XCTAssertEqual(byTag.first?["total"] as? Int, 2)
    }

    func testMarkdownHasTheStampATableRowPerScenarioAndTheBreakdown() throws {
        let sheet = try sheet()
        let markdown = sheet.rendered(as: .markdown, language: .en)
        XCTAssertTrue(markdown.hasPrefix("# Clinical Trials Act training: score sheet\n"))
        XCTAssertTrue(markdown.contains("- Trainee: 佐藤"))
        XCTAssertTrue(markdown.contains("- Seed: 7"))
        XCTAssertTrue(markdown.contains("- Date: 2026-04-01"))
        XCTAssertTrue(markdown.contains("**Score: 1/2 (50%)**"))
        // Scenario rows have eight cells; the by-topic rows have three.
        let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.split(separator: "|").count == 8 && !$0.hasPrefix("| #") }
        XCTAssertEqual(tableRows.count, 2)
        XCTAssertTrue(tableRows[0].contains("| right |"))
        XCTAssertTrue(tableRows[1].contains("| wrong |"))
        XCTAssertTrue(markdown.contains("| Casebook list 2 (clinical) | 1 | 2 |"), "the by-topic table names topics in words")
        XCTAssertTrue(markdown.contains("## Exercises missed"))
        XCTAssertTrue(markdown.contains("- Teaching point: "))
        let visible = try XCTUnwrap(markdown.components(separatedBy: TraineeAnswersFile.markdownMarker).first)
        XCTAssertFalse(visible.contains("case_2_"), "no ids where a reader looks: exercises are named by title")
        XCTAssertTrue(markdown.hasSuffix(" -->\n"), "the answers for grading again are hidden in a comment at the end")
    }

    func testTheSheetIsWrittenAtomicallyAndNotOverwrittenByDefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jcta-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sheet.json").path
        let text = try sheet().rendered(as: .json, language: .ja)
        try AtomicFileWriter.write(text, to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
        XCTAssertThrowsError(try AtomicFileWriter.write("other", to: path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["sheet.json"])
    }
}
