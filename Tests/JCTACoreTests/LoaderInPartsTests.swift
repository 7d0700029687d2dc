import Foundation
import XCTest
@testable import JCTACore
@testable import JCTARules

/// A questionnaire whose long lists are composed a batch at a time reads exactly as the same text composed whole:
/// the same model, the same diagnostics (code, file, line, column, words), in the same order.
final class LoaderInPartsTests: XCTestCase {
    /// Small batches, so a test file of a few hundred questions is composed in several.
    static let batchBytes = 16 * 1024

    /// What a load gives, as text to compare: the model encoded, or every diagnostic.
    private func outcome(_ load: () throws(DiagnosticList) -> Questionnaire?) -> String? {
        do {
            guard let questionnaire = try load() else { return nil }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let model = String(decoding: try! encoder.encode(questionnaire), as: UTF8.self)
            let problems = QuestionnaireValidator.validate(questionnaire).map(\.description)
            return ([model] + problems).joined(separator: "\n")
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// Loads `text` both ways; returns whether it was read in parts.
    @discardableResult
    private func assertSameAsWhole(_ text: String, _ message: String, batchBytes: Int = batchBytes,
                                   file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let whole = outcome { () throws(DiagnosticList) in try QuestionnaireLoader.loadWhole(text: text, file: "q.yaml") }
        let parts = outcome { () throws(DiagnosticList) in
            try QuestionnaireLoader.loadInParts(text: text, file: "q.yaml", batchBytes: batchBytes)
        }
        if let parts { XCTAssertEqual(parts, whole, message, file: file, line: line) }
        return parts != nil
    }

    /// A valid questionnaire of `count` questions in a chain, its lists written at `indent`.
    private func chain(_ count: Int, indent: String = "") -> String {
        var lines = ["# generated", "format: 1", "edition: \"chain\"", "title: {ja: 連鎖, en: Chain}", "effective_from: 2018-04-01",
                     "sources:", "  - {ja: 臨床研究法, en: Clinical Trials Act}", "root: q0", "consult_outcome: consult",
                     "articles:", "\(indent)- {id: act_2_1, label: {ja: 法第2条第1項, en: \"Art. 2(1)\"}, gist: {ja: 定義, en: Definition}}",
                     "cases:", "\(indent)- {id: \"1-1\", list: specified, text: 本文, summary: {ja: 事例, en: Case}}", "nodes:"]
        for index in 0..<count {
            let next = index + 1 < count ? "next: q\(index + 1)" : "outcome: done"
            lines += ["\(indent)- id: q\(index)",
                      "\(indent)  question: {ja: 問\(index)の本文はここに書かれます, en: \"Question \(index), written out at some length\"}",
                      "\(indent)  help: {ja: 注, en: Note}",
                      index == 0 ? "\(indent)  cases: [\"1-1\"]" : "\(indent)  articles: [act_2_1]",
                      "\(indent)  choices:",
                      "\(indent)  - {id: \"yes\", label: {ja: はい, en: \"Yes\"}, \(next)}",
                      "\(indent)  - {id: u, unsure: true, label: {ja: 不明, en: Unsure}, confirm: {ja: 確認, en: Check}, outcome: consult}"]
        }
        lines += ["outcomes:",
                  "\(indent)- {id: done, class: specified, headline: {ja: 特定, en: Specified}, explanation: {ja: 説明, en: Why}}",
                  "\(indent)- {id: consult, class: consult, headline: {ja: 要相談, en: Consult}, explanation: {ja: 説明, en: Why}}"]
        return lines.joined(separator: "\n") + "\n"
    }

    func testLongListsAreComposedInSeveralBatches() throws {
        let text = chain(300)
        let lists = try XCTUnwrap(TopLevelLists(text, keys: QuestionnaireReader.listKeys, batchBytes: Self.batchBytes))
        XCTAssertGreaterThan(lists.batches["nodes"]?.count ?? 0, 2)
        // Each batch knows its items, so the list is allocated once at its full size.
        XCTAssertEqual(lists.batches["nodes"]?.reduce(0) { $0 + $1.itemCount }, 300)
        let indented = try XCTUnwrap(TopLevelLists(chain(300, indent: "  "), keys: QuestionnaireReader.listKeys, batchBytes: Self.batchBytes))
        XCTAssertEqual(indented.batches["nodes"]?.reduce(0) { $0 + $1.itemCount }, 300)
        XCTAssertEqual(lists.skeleton.split(separator: "\n", omittingEmptySubsequences: false).count,
                       text.split(separator: "\n", omittingEmptySubsequences: false).count)
        let questionnaire = try XCTUnwrap(try QuestionnaireLoader.loadInParts(text: text, file: "q.yaml", batchBytes: Self.batchBytes))
        XCTAssertEqual(questionnaire.nodes.count, 300)
        // The last question's place is the file's own, not its batch's.
        XCTAssertEqual(questionnaire.nodes.last?.location.line, 15 + 299 * 7)
        XCTAssertEqual(questionnaire.nodes.last?.choices.first?.location.column, 5)
        XCTAssertTrue(assertSameAsWhole(text, "valid, items at column 1"))
        XCTAssertTrue(assertSameAsWhole(chain(300, indent: "  "), "valid, items indented"))
        // The loader itself takes this way for a file laid out so.
        XCTAssertEqual(try QuestionnaireLoader.load(text: text, file: "q.yaml").nodes.last?.location.line, 15 + 299 * 7)
    }

    /// Errors in a late batch, and layouts a split must not read differently: each as the whole text reads it.
    func testEveryChangedFileReadsAsTheWholeText() {
        let text = chain(300)
        let late = "- id: q250\n"
        // Each with whether it can be read in parts (nil: either way).
        let edits: [(String, Bool?, (String) -> String)] = [
            ("syntax error in a late item", false, { $0.replacingOccurrences(of: late, with: late + "  help: {ja: 注\n") }),
            ("duplicate key in a late item", false, { $0.replacingOccurrences(of: late, with: late + "  id: again\n") }),
            ("unknown key in a late item", true, { $0.replacingOccurrences(of: late, with: late + "  colour: red\n") }),
            ("wrong type in a late item", true, { $0.replacingOccurrences(of: late, with: "- just text\n" + late) }),
            ("dangling reference in a late item", true, { $0.replacingOccurrences(of: "next: q260}", with: "next: nowhere}") }),
            ("quoted text continued at column 1", nil, { $0.replacingOccurrences(of: late, with: late + "  short: {ja: \"a\n- b\", en: x}\n") }),
            ("flow mapping continued at column 1", false, { $0.replacingOccurrences(of: late, with: late + "  short: {ja: a,\nen: b}\n") }),
            ("item less indented than the first", false, { $0.replacingOccurrences(of: "nodes:\n- id: q0", with: "nodes:\n  - id: q0") }),
            ("content before the first item", nil, { $0.replacingOccurrences(of: "nodes:\n", with: "nodes:\n  x: 1\n") }),
            ("value on the key's line and items", false, { $0.replacingOccurrences(of: "nodes:\n", with: "nodes: []\n") }),
            ("duplicate top-level list", false, { $0 + "nodes:\n- id: extra\n" }),
            ("unknown top-level list", nil, { $0 + "nodez:\n- id: extra\n  : bad\n" }),
            ("missing required key", true, { $0.replacingOccurrences(of: "root: q0\n", with: "") }),
            ("document marker", false, { "---\n" + $0 }),
            ("byte-order mark", false, { "\u{FEFF}" + $0 }),
            ("carriage returns", true, { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
            ("lone carriage return", false, { $0.replacingOccurrences(of: late, with: "- id: q250\r") }),
            ("comment between items", true, { $0.replacingOccurrences(of: late, with: "# a note\n   # another\n\n" + late) }),
        ]
        for (what, inParts, edit) in edits {
            let read = assertSameAsWhole(edit(text), what)
            if let inParts { XCTAssertEqual(read, inParts, what) }
            // A batch per item: every column-1 line that starts an item is also where a batch ends.
            assertSameAsWhole(edit(text), what + ", a batch per item", batchBytes: 1)
        }
        let quoteAcrossBatches = text.replacingOccurrences(of: late, with: late + "  short: {ja: \"a\n- b\", en: x}\n")
        XCTAssertFalse(assertSameAsWhole(quoteAcrossBatches, "a quote left open where a batch ends", batchBytes: 1))
    }

    /// Every checked-in questionnaire, valid or not, and the fuzz corpus.
    func testCheckedInFilesReadAsTheWholeText() throws {
        let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        var paths = ["Questionnaires/2019.yaml", "Questionnaires/2025.yaml"].map { root.appendingPathComponent($0).path }
        for folder in ["valid", "invalid", "fuzz/loader"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder))) ?? []
            paths += names.sorted().map { Fixtures.path("\(folder)/\($0)") }
        }
        XCTAssertGreaterThan(paths.count, 30)
        var inParts = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else { continue }
            if assertSameAsWhole(text, path) { inParts += 1 }
        }
        XCTAssertGreaterThanOrEqual(inParts, 3, "the shipped editions and the valid fixture are read in parts")
    }
}
