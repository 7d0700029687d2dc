import XCTest
@testable import JCTACore

final class TrainingBatchGraderTests: XCTestCase {
    private let date = CivilDate(year: 2026, month: 1, day: 10)!

    func testParsesTheFileInOrder() throws {
        let file = try TraineeAnswersFile.parse(#"{"trainee": "Sato", "seed": 7, "edition": "2025", "answers": {"case_3_1": "clinical", "case_1_1": "specified"}}"#, file: "a.json")
        XCTAssertEqual(file.trainee, "Sato")
        XCTAssertEqual(file.seed, 7)
        XCTAssertEqual(file.edition, "2025")
        XCTAssertEqual(file.answers.map(\.scenario), ["case_3_1", "case_1_1"])
    }

    func testMalformedFilesAreRefusedWithCodeAndPlace() {
        func code(_ text: String) -> (DiagnosticCode, Int)? {
            do {
                _ = try TraineeAnswersFile.parse(text, file: "a.json")
                return nil
            } catch {
                return (error.code, error.location.column)
            }
        }
        XCTAssertEqual(code(#"{"answers": {}, "name": "x"}"#)?.0, .unknownKey)
        XCTAssertEqual(code(#"{"answers": {"a": "clinical", "a": "consult"}}"#)?.0, .duplicateKey)
        XCTAssertEqual(code(#"{"seed": -1, "answers": {}}"#)?.0, .badValue)
        XCTAssertEqual(code(#"{"seed": "7", "answers": {}}"#)?.0, .badValue)
        XCTAssertEqual(code(#"{"answers": {"a": true}}"#)?.0, .wrongType)
        XCTAssertEqual(code(#"{"count": 0, "answers": {}}"#)?.0, .badValue)
        XCTAssertEqual(code(#"{"trainee": "x"}"#)?.0, .missingKey)
        XCTAssertEqual(code("[]")?.0, .wrongType)
    }

    func testGradesAgainstTheComputedClassesOfTheEdition() throws {
        let file = try TraineeAnswersFile.parse(#"{"answers": {"guideline_off_label_2025": "clinical", "case_2_1": "clinical"}}"#, file: "a.json")
        let new = try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2025"), date: date)
        XCTAssertEqual(new.score.correct, 2)
        XCTAssertNil(new.seed)
        XCTAssertFalse(new.complete, "without a round there is nothing to check completeness against")
        XCTAssertEqual(new.records.map(\.scenario), ["guideline_off_label_2025", "case_2_1"])
        let old = try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2019"), date: date)
        XCTAssertEqual(old.score.correct, 1, "before the amendment the guideline-backed off-label use is specified")
    }

    func testARoundIsGradedWholeAndAMissingAnswerCountsAsWrongAndIsListed() throws {
        let pool = try TrainingTestSupport.pool("2025")
        let round = try ScenarioSelection(count: 4, seed: 11).select(from: pool)
        // Three answered right (in the classes' own words: a digit, a Japanese label, an id), one left out.
        let written = [String(TrainingPrompts.classes.firstIndex(of: round[0].expected)! + 1), round[1].expected.shortLabel.ja,
                       round[2].expected.rawValue]
        var file = TraineeAnswersFile(source: "a.json", trainee: "佐藤", seed: 11, count: 4)
        for (item, answer) in zip(round, written) {
            file.answers.append(.init(scenario: item.id, classification: answer, location: .init(file: "a.json", line: 1, column: 1)))
        }
        let sheet = try BatchGrader.grade(file, pool: pool, date: date)
        XCTAssertEqual(sheet.records.map(\.scenario), round.map(\.id), "the round's exercises in its order")
        XCTAssertEqual(sheet.score.correct, 3)
        XCTAssertEqual(sheet.score.total, 4, "the missing answer stays in the denominator")
        XCTAssertEqual(sheet.missing.map(\.scenario), [round[3].id])
        XCTAssertTrue(sheet.rendered(as: .text, language: .ja).contains("未回答 1問（誤りとして数えます）: " + round[3].scenario.title.ja))
        // An exercise outside the round is refused, named with the round.
        let outside = try XCTUnwrap(pool.items.first { item in !round.contains { $0.id == item.id } })
        file.answers.append(.init(scenario: outside.id, classification: "1", location: .init(file: "a.json", line: 2, column: 1)))
        XCTAssertThrowsError(try BatchGrader.grade(file, pool: pool, date: date)) { error in
            XCTAssertTrue((error as! DiagnosticList).diagnostics[0].message.contains("not in the round of seed 11, count 4"))
        }
    }

    func testClassesAreReadAsIdsDigitsAndLabels() {
        XCTAssertEqual(ClassAnswer.parse("1"), .specified)
        XCTAssertEqual(ClassAnswer.parse("4"), .consult)
        XCTAssertNil(ClassAnswer.parse("5"))
        XCTAssertEqual(ClassAnswer.parse("臨床研究"), .clinical)
        XCTAssertEqual(ClassAnswer.parse("法の対象外"), .outOfScope)
        XCTAssertEqual(ClassAnswer.parse(" Out of scope "), .outOfScope)
        XCTAssertEqual(ClassAnswer.parse("out_of_scope"), .outOfScope)
        XCTAssertEqual(ClassAnswer.parse("要相談"), .consult)
        XCTAssertNil(ClassAnswer.parse("maybe"))
        // As an IME types them: full-width digits, half-width brackets for the full-width ones of the label.
        XCTAssertEqual(ClassAnswer.parse("２"), .clinical)
        XCTAssertEqual(ClassAnswer.parse("臨床研究(特定臨床研究以外)"), .clinical)
        XCTAssertEqual(ClassAnswer.parse("臨床研究（特定臨床研究以外）"), .clinical)
        XCTAssertEqual(ClassAnswer.parse("ｃｏｎｓｕｌｔ"), .consult)
    }

    private func round(_ count: Int, seed: UInt64) throws -> (TrainingPool, [TrainingItem]) {
        let pool = try TrainingTestSupport.pool("2025")
        return (pool, try ScenarioSelection(count: count, seed: seed).select(from: pool))
    }

    func testABlankAnswerIsUnansweredAndBookletNumbersNameTheRoundsExercises() throws {
        let (pool, round) = try round(4, seed: 20)
        let digit = { (item: TrainingItem) in String(TrainingPrompts.classes.firstIndex(of: item.expected)! + 1) }
        let file = try TraineeAnswersFile.parse("""
            {"trainee": "伊藤", "seed": 20, "count": 4, "answers": {"\(round[0].id)": "\(digit(round[0]))", "２": "\(digit(round[1]))",
             "3": "", "\(round[3].id)": null}}
            """, file: "ito.json")
        let sheet = try BatchGrader.grade(file, pool: pool, date: date)
        XCTAssertEqual(sheet.records.map(\.picked), [round[0].expected, round[1].expected, nil, nil])
        XCTAssertEqual(sheet.missing.count, 2)
        XCTAssertEqual(sheet.score.total, 4)
        var outside = file
        outside.answers = [.init(scenario: "5", classification: "1", location: .init(file: "ito.json", line: 2, column: 5))]
        XCTAssertThrowsError(try BatchGrader.grade(outside, pool: pool, date: date)) { error in
            XCTAssertTrue((error as! DiagnosticList).diagnostics[0].message.contains("there is no exercise 5 in a round of 4"))
        }
    }

    func testASeedWithoutACountIsRefusedNeverGradedAgainstEveryExercise() throws {
        let (pool, round) = try round(10, seed: 20)
        var file = TraineeAnswersFile(source: "ito.csv (伊藤)", trainee: "伊藤", seed: 20)
        file.answers = round.prefix(3).map { .init(scenario: $0.id, classification: $0.expected.rawValue, location: .init(file: "ito.csv", line: 2, column: 1)) }
        XCTAssertThrowsError(try BatchGrader.grade(file, pool: pool, date: date)) { error in
            let diagnostic = (error as! DiagnosticList).diagnostics[0]
            XCTAssertEqual(diagnostic.code, .missingKey)
            XCTAssertTrue(diagnostic.message.contains("seed 20 but not how many exercises"))
        }
        file.count = 10
        XCTAssertEqual(try BatchGrader.grade(file, pool: pool, date: date).score.total, 10)
    }

    func testAMarkdownSheetReadsBackAsItsAnswers() throws {
        let (pool, round) = try round(3, seed: 5)
        var file = TraineeAnswersFile(source: "a.json", trainee: "佐藤 -->", seed: 5, count: 3)
        file.answers = [.init(scenario: round[1].id, classification: "consult", location: .init(file: "a", line: 1, column: 1))]
        let sheet = try BatchGrader.grade(file, pool: pool, date: date)
        let markdown = sheet.rendered(as: .markdown, language: .ja)
        let hidden = try XCTUnwrap(markdown.components(separatedBy: TraineeAnswersFile.markdownMarker).last)
        XCTAssertEqual(hidden.components(separatedBy: "-->").count, 2, "a name cannot close the hidden block early")
        XCTAssertTrue(hidden.hasSuffix("-->\n") || hidden.hasSuffix("-->"), "the hidden block ends the sheet")
        let reread = try TraineeAnswersFile.parse(markdownSheet: markdown, file: "sato.md")
        XCTAssertEqual(reread.trainee, "佐藤 -->")
        XCTAssertEqual(reread.count, 3)
        let again = try BatchGrader.grade(reread, pool: pool, date: date)
        XCTAssertEqual(again.records.map(\.picked), sheet.records.map(\.picked))
        XCTAssertThrowsError(try TraineeAnswersFile.parse(markdownSheet: "# notes\n", file: "notes.md"))
    }

    func testACSVErrorPointsAtTheFieldThatIsWrong() throws {
        let files = try TraineeAnswersCSV.parse("trainee,exercise,class\n佐藤,case_9_9,maybe\n", file: "c.csv")
        XCTAssertThrowsError(try BatchGrader.grade(files[0], pool: try TrainingTestSupport.pool("2025"), date: date)) { error in
            let diagnostics = (error as! DiagnosticList).diagnostics
            XCTAssertEqual(diagnostics.map(\.location.column), [4, 13], "the exercise's column, then the class's")
        }
    }

    func testTheOneNameSchemeKeepsJapaneseNamesAndNumbersATakenOne() {
        let date = CivilDate(year: 2026, month: 11, day: 26)!
        XCTAssertEqual(ScoreSheetFileName.make(trainee: "山本 花子", seed: 3, date: date, time: "05:27:09", extension: "md"),
                       "score-山本_花子-seed3-2026-11-26-05-27-09.md")
        XCTAssertEqual(ScoreSheetFileName.make(trainee: nil, seed: nil, date: date, time: nil, extension: "json"), "score-2026-11-26.json")
        XCTAssertEqual(ScoreSheetFileName.make(trainee: "a/b", seed: 1, date: date, time: "01:02:03", extension: "md"),
                       "score-a_b-seed1-2026-11-26-01-02-03.md")
        XCTAssertEqual(ScoreSheetFileName.numbered("sheets/score-佐藤-seed3.md", attempt: 2), "sheets/score-佐藤-seed3-2.md")
        XCTAssertEqual(ScoreSheetFileName.numbered("sheets/score-佐藤-seed3-2.md", attempt: 3), "sheets/score-佐藤-seed3-3.md")
        XCTAssertEqual(ScoreSheetFileName.numbered("v1.0/sheet", attempt: 2), "v1.0/sheet-2")
    }

    func testACSVGroupsAnswersByTraineeAndNamesABadLine() throws {
        let files = try TraineeAnswersCSV.parse("trainee,scenario,class\n佐藤,case_3_1,3\n\"Suzuki, K\",case_3_1,対象外\n佐藤,case_1_1,1\n", file: "c.csv")
        XCTAssertEqual(files.map(\.trainee), ["佐藤", "Suzuki, K"])
        XCTAssertEqual(files[0].answers.map(\.scenario), ["case_3_1", "case_1_1"])
        XCTAssertThrowsError(try TraineeAnswersCSV.parse("佐藤,case_3_1\n", file: "c.csv")) { error in
            XCTAssertEqual((error as! Diagnostic).location.line, 1)
        }
        XCTAssertThrowsError(try TraineeAnswersCSV.parse("a,b,1\na,b,2\n", file: "c.csv")) { error in
            XCTAssertEqual((error as! Diagnostic).code, .duplicateKey)
        }
    }

    func testASavedJSONSheetIsGradedAgainToTheSameScore() throws {
        let pool = try TrainingTestSupport.pool("2025")
        let round = try ScenarioSelection(count: 3, seed: 5).select(from: pool)
        var file = TraineeAnswersFile(source: "a.json", trainee: "Sato", seed: 5, count: 3)
        file.answers = [.init(scenario: round[0].id, classification: "consult", location: .init(file: "a", line: 1, column: 1))]
        let sheet = try BatchGrader.grade(file, pool: pool, date: date)
        let reread = try TraineeAnswersFile.parse(sheet.rendered(as: .json, language: .ja), file: "sheet.json")
        XCTAssertEqual(reread.trainee, "Sato")
        XCTAssertEqual(reread.seed, 5)
        XCTAssertEqual(reread.count, 3)
        XCTAssertEqual(reread.edition, "2025")
        let again = try BatchGrader.grade(reread, pool: pool, date: date)
        XCTAssertEqual(again.records.map(\.picked), sheet.records.map(\.picked))
        XCTAssertEqual(again.score, sheet.score)
    }

    func testEveryUnknownScenarioAndClassIsNamedAtOnce() throws {
        let file = try TraineeAnswersFile.parse(#"{"answers": {"case_9_9": "clinical", "case_1_1": "speciffied", "case_2_1": "clinical", "nope": "maybe"}}"#, file: "a.json")
        XCTAssertThrowsError(try BatchGrader.grade(file, pool: try TrainingTestSupport.pool("2025"), date: date)) { error in
            let diagnostics = (error as! DiagnosticList).diagnostics
            XCTAssertEqual(diagnostics.map(\.code), [.danglingReference, .badValue, .danglingReference, .badValue])
            let messages = diagnostics.map(\.message).joined(separator: "\n")
            for name in ["case_9_9", "speciffied", "nope", "maybe"] { XCTAssertTrue(messages.contains(name), name) }
            XCTAssertFalse(messages.contains("case_2_1"))
        }
    }

    func testTheCommandGradesTheCheckedInFileAndRefusesABadOne() throws {
        let good = try Fixtures.run(["train", "--answers", Fixtures.path("training/answers-2025.json"), "--format", "json"])
        XCTAssertEqual(good.status, 0, good.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(good.out.utf8)) as? [String: Any])
        XCTAssertEqual(json["totals"] as? [String: Int], ["correct": 4, "total": 6, "percent": 67])
        XCTAssertEqual((json["rows"] as? [[String: Any]])?.count, 6)
        XCTAssertEqual(json["trainee"] as? String, "Trainee A")
        let bad = try Fixtures.run(["train", "--answers", Fixtures.path("training/answers-bad.json"), "--lang", "en"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("unknown exercise 'case_4_1'"), bad.err)
        XCTAssertTrue(bad.err.contains("answers-bad.json was not graded"), bad.err)
        XCTAssertTrue(bad.err.contains("'specifed'"), bad.err)
        XCTAssertEqual(bad.out, "")
    }
}
