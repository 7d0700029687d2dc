import Foundation
import XCTest
@testable import JCTACore

/// `jcta usage`: the kiosk's log summarised; unreadable lines named and left out.
final class UsageReportTests: XCTestCase {
    static func line(_ time: String, _ edition: String, _ classification: Classification, _ seconds: Int) -> String {
        #"{"class":"\#(classification.rawValue)","duration_seconds":\#(seconds),"edition":"\#(edition)","time":"\#(time)"}"#
    }

    let log = [
        line("2026-03-30T09:05:07+09:00", "2025", .specified, 95),
        line("2026-03-30T10:00:00+09:00", "2025", .clinical, 40),
        "not json",
        "",
        line("2026-04-05T23:59:59+09:00", "2019", .consult, 61),
        line("2026-04-06T08:00:00+09:00", "2025", .outOfScope, 30),
        #"{"class":"clinical","duration_seconds":-4,"edition":"2025","time":"2026-04-06T08:00:00+09:00"}"#,
        #"{"class":"clinical","duration_seconds":4,"edition":"2025","time":"2026-04-0"#,
    ].joined(separator: "\n")

    func testPeriodsCountClassesEditionsAndMedians() {
        let report = UsageReport(files: [("kiosk.jsonl", log)], by: .week)
        XCTAssertEqual(report.rows.map(\.period), ["2026-W14", "2026-W15"])
        XCTAssertEqual(report.rows.map(\.screenings), [3, 1])
        XCTAssertEqual(report.rows[0].classes, [.specified: 1, .clinical: 1, .consult: 1])
        XCTAssertEqual(report.rows[0].editions, ["2025": 2, "2019": 1])
        XCTAssertEqual(report.rows[0].medianSeconds, 61)
        XCTAssertEqual(report.total.screenings, 4)
        XCTAssertEqual(report.total.medianSeconds, 50.5, "the mean of the two middle values")
        XCTAssertEqual(report.editions, ["2019", "2025"])
        XCTAssertEqual(report.problems.map(\.line), [3, 7, 8], "the blank line is skipped, the others are named")
        XCTAssertTrue(report.problems[1].reason.en.contains("duration_seconds"))
        XCTAssertEqual(UsageReport(files: [("k", log)], by: .day).rows.map(\.period),
                       ["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06"])
        XCTAssertEqual(UsageReport(files: [("k", log)], by: .day).rows.map(\.screenings), [2, 0, 0, 0, 0, 0, 1, 1])
        XCTAssertEqual(UsageReport(files: [("k", log)], by: .month).rows.map(\.screenings), [2, 2])
    }

    func testISOWeeksAtTheTurnOfTheYear() {
        let cases = [("2020-12-31", "2020-W53"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
                     ("2024-12-30", "2025-W01"), ("2026-01-01", "2026-W01"), ("2027-01-01", "2026-W53")]
        for (day, week) in cases {
            XCTAssertEqual(UsageReport.Grouping.week.period(of: CivilDate(iso: day)!), week, day)
        }
    }

    func testTheExportsAgree() throws {
        let report = UsageReport(files: [("kiosk.jsonl", log)], by: .month)
        let markdown = UsageReportExport.markdown(report, language: .en)
        XCTAssertTrue(markdown.contains("| 2026-03 | 2 | 1 | 1 | 0 | 0 | 0 | 2 | 1:08 |"), markdown)
        XCTAssertTrue(markdown.contains("- kiosk.jsonl:3: not a complete JSON object"), markdown)
        let csv = UsageReportExport.csv(report)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}\"month\",\"screenings\",\"\(Classification.specified.shortLabel.en)\""), csv)
        XCTAssertTrue(csv.contains("\r\n\"2026-03\",\"2\",\"1\",\"1\",\"0\",\"0\",\"0\",\"2\",\"67.5\"\r\n"), csv)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(UsageReportExport.json(report).utf8)) as? [String: Any])
        XCTAssertEqual((json["total"] as? [String: Any])?["screenings"] as? Int, 4)
        XCTAssertEqual((json["lines_not_read"] as? [Any])?.count, 3)
    }

    /// A quiet period between two busy ones is a row of zeros, across a month's and a year's end.
    func testPeriodsWithoutScreeningsAppearWithZero() {
        let text = [Self.line("2025-12-30T09:00:00+09:00", "2025", .clinical, 10),
                    Self.line("2026-03-02T09:00:00+09:00", "2025", .specified, 20)].joined(separator: "\n")
        let months = UsageReport(files: [("k", text)], by: .month)
        XCTAssertEqual(months.rows.map(\.period), ["2025-12", "2026-01", "2026-02", "2026-03"])
        XCTAssertEqual(months.rows.map(\.screenings), [1, 0, 0, 1])
        XCTAssertNil(months.rows[1].medianSeconds)
        let weeks = UsageReport(files: [("k", text)], by: .week)
        XCTAssertEqual(weeks.rows.first?.period, "2026-W01")
        XCTAssertEqual(weeks.rows.count, 10)
        XCTAssertEqual(weeks.rows.map(\.screenings).reduce(0, +), 2)
        XCTAssertTrue(UsageReport(files: [("k", "")], by: .day).rows.isEmpty)
    }

    /// In Japanese every line is Japanese: headings, class labels, reasons, the CSV headers; an id such as
    /// out_of_scope is never escaped into out\_of\_scope, and a file name keeps its underscores.
    func testAJapaneseReportIsJapaneseThroughout() {
        let bad = log + "\n" + #"{"class":"maybe","duration_seconds":4,"edition":"2025","time":"2026-04-06T08:00:00+09:00"}"#
        let report = UsageReport(files: [("kiosk_a.jsonl", bad)], by: .month)
        let markdown = UsageReportExport.markdown(report, language: .ja)
        XCTAssertFalse(markdown.contains("\\_"), markdown)
        XCTAssertTrue(markdown.contains("kiosk_a.jsonl:3: 完全な JSON オブジェクトではありません"), markdown)
        XCTAssertTrue(markdown.contains("kiosk_a.jsonl:9: 分類（\"class\"）「maybe」は、特定臨床研究・臨床研究・対象外・要相談のどれを表す値でもありません"), markdown)
        XCTAssertTrue(markdown.contains("| **合計** |"))
        for english in ["not a complete", "duration_seconds\" is not", "Total", "out_of_scope"] {
            XCTAssertFalse(markdown.contains(english), english)
        }
        let csv = UsageReportExport.csv(report, language: .ja)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}\"月\",\"件数\",\"\(Classification.specified.shortLabel.ja)\""), csv)
        XCTAssertTrue(csv.contains("\"所要時間の中央値（秒）\"\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n\"合計\",\"4\""), csv)
        XCTAssertTrue(UsageReportExport.csv(report, language: .en).hasPrefix("\u{FEFF}\"month\",\"screenings\""))
    }
}
