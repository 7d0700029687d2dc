import Foundation
import XCTest
@testable import JCTACore

/// The editions the build compiles into the binary are the YAML files, read by the loader: every field of
/// every shipped edition, so a field the compact form dropped or a stale build fails here.
final class CompiledEditionTests: XCTestCase {
    static let questionnaires = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Questionnaires")

    /// Every `Questionnaires/*.yaml` that names an edition, parsed from its YAML.
    func shippedEditions() throws -> [(file: String, parsed: Questionnaire)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.questionnaires.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.compactMap { name in
            let text = try String(contentsOf: Self.questionnaires.appendingPathComponent(name), encoding: .utf8)
            guard text.split(separator: "\n").contains(where: { $0.hasPrefix("edition:") }) else { return nil }
            return (name, try QuestionnaireLoader.load(text: text, file: "Questionnaires/\(name)"))
        }
    }

    func testEveryShippedEditionIsEmbeddedAndEqualsItsParsedYAML() throws {
        let shipped = try shippedEditions()
        XCTAssertEqual(shipped.map(\.file), EditionCatalog.entries.map(\.fileName).sorted())
        XCTAssertFalse(shipped.isEmpty)
        for (file, parsed) in shipped {
            let entry = try XCTUnwrap(EditionCatalog.entries.first { $0.fileName == file }, file)
            let compiled = try entry.load()
            // Every stored field, through the encoding both share (derived from Codable).
            XCTAssertEqual(try CompactEncoder.encode(compiled), try CompactEncoder.encode(parsed), file)
            // The same, field by field, for a readable failure.
            XCTAssertEqual(compiled.edition, parsed.edition, file)
            XCTAssertEqual(compiled.title, parsed.title, file)
            XCTAssertEqual(compiled.effectiveFrom, parsed.effectiveFrom, file)
            XCTAssertEqual(compiled.effectiveUntil, parsed.effectiveUntil, file)
            XCTAssertEqual(compiled.sources, parsed.sources, file)
            XCTAssertEqual(compiled.root, parsed.root, file)
            XCTAssertEqual(compiled.consultOutcome, parsed.consultOutcome, file)
            XCTAssertEqual(compiled.articles, parsed.articles, file)
            XCTAssertEqual(compiled.cases, parsed.cases, file)
            XCTAssertEqual(compiled.glossary, parsed.glossary, file)
            XCTAssertEqual(compiled.nodes, parsed.nodes, file)
            XCTAssertEqual(compiled.outcomes, parsed.outcomes, file)
            XCTAssertEqual(compiled.location, parsed.location, file)
            XCTAssertEqual(compiled.keyLocations, parsed.keyLocations, file)
            XCTAssertEqual(entry.id, parsed.edition, file)
            XCTAssertEqual(entry.effectiveFrom, parsed.effectiveFrom, file)
            XCTAssertEqual(entry.effectiveUntil, parsed.effectiveUntil, file)
            // The lookups are rebuilt after decoding.
            for node in parsed.nodes { XCTAssertEqual(compiled.node(node.id), parsed.node(node.id), file) }
            for outcome in parsed.outcomes { XCTAssertEqual(compiled.outcome(outcome.id), parsed.outcome(outcome.id), file) }
            for entry in parsed.cases { XCTAssertEqual(compiled.caseEntry(entry.id), entry, file) }
            for term in parsed.glossary { XCTAssertEqual(compiled.term(term.id), term, file) }
            for article in parsed.articles { XCTAssertEqual(compiled.article(article.id), article, file) }
        }
    }

    /// An embedded edition reads its lists on first use and shares them between copies: changing one copy
    /// leaves the others as they were, also before anything was read.
    func testCopiesOfAnEmbeddedEditionChangeApart() throws {
        for entry in EditionCatalog.entries {
            let untouched = try entry.load()
            var changed = untouched
            changed.nodes.removeAll()
            changed.cases[0].id = "changed"
            XCTAssertTrue(changed.nodes.isEmpty)
            XCTAssertEqual(changed.cases[0].id, "changed")
            XCTAssertFalse(untouched.nodes.isEmpty, entry.id)
            XCTAssertNotEqual(untouched.cases[0].id, "changed", entry.id)
            XCTAssertEqual(try CompactEncoder.encode(untouched), try CompactEncoder.encode(try entry.load()), entry.id)
        }
    }

    /// A type the encoding has never seen: optionals (present and absent), a dictionary, an enum with
    /// associated values, nested lists, numbers, booleans and non-ASCII text survive the round trip.
    struct Sample: Codable, Equatable {
        enum Route: Codable, Equatable {
            case node(String)
            case outcome(id: String, weight: Int)
            case none
        }
        var name: String
        var note: String?
        var missing: String?
        var count: Int
        var negative: Int
        var ratio: Double
        var flag: Bool
        var tags: [String]
        var grid: [[Int]]
        var byKey: [String: [Int]]
        var routes: [Route]
        var date: CivilDate
        var text: LocalizedText
    }

    static let sample = Sample(
        name: "特定臨床研究", note: "注: \"quoted\"; k1;2;", missing: nil, count: 42, negative: -7, ratio: 0.25, flag: true,
        tags: ["a", "", "a", "わからない"], grid: [[1, 2], [], [3]], byKey: ["b": [2], "a": [1], "": []],
        routes: [.node("q1"), .outcome(id: "out", weight: 3), .none],
        date: CivilDate(year: 2025, month: 5, day: 31)!, text: LocalizedText(ja: "はい", en: "Yes"))

    func testAnyCodableValueSurvivesTheRoundTrip() throws {
        let bytes = try CompactEncoder.encode(Self.sample)
        XCTAssertEqual(try CompactDecoder.decode(Sample.self, from: bytes), Self.sample)
    }

    func testDictionaryOrderDoesNotChangeTheBytes() throws {
        var forward: [String: Int] = [:]
        var backward: [String: Int] = [:]
        let keys = (0..<50).map { "key\($0)" }
        for (value, key) in keys.enumerated() { forward[key] = value }
        for (value, key) in keys.enumerated().reversed() { backward[key] = value }
        XCTAssertEqual(try CompactEncoder.encode(forward), try CompactEncoder.encode(backward))
        XCTAssertEqual(try CompactDecoder.decode([String: Int].self, from: CompactEncoder.encode(forward)), forward)
    }

    func testDamagedBytesThrowInsteadOfCrashing() throws {
        let bytes = try CompactEncoder.encode(Self.sample)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertThrowsError(try CompactDecoder.decode(Sample.self, from: Array(bytes[..<cut])), "cut at \(cut)")
        }
        var wrongTag = bytes
        if let index = wrongTag.lastIndex(of: UInt8(ascii: "t")) { wrongTag[index] = UInt8(ascii: "x") }
        XCTAssertThrowsError(try CompactDecoder.decode(Sample.self, from: wrongTag))
    }

    /// The edition reader used at start-up refuses damaged values or a table that does not fit them (a broken
    /// build) instead of crashing or returning part of an edition.
    func testADamagedEditionThrowsInsteadOfCrashing() throws {
        for (file, parsed) in try shippedEditions() {
            let (strings, values) = try CompactEncoder.encodeParts(parsed)
            func read(_ values: [UInt8], _ strings: [String]) throws -> Questionnaire {
                try values.withUnsafeBytes { try Questionnaire(compiled: $0, strings: strings) }
            }
            XCTAssertEqual(try CompactEncoder.encode(read(values, strings)), try CompactEncoder.encode(parsed), file)
            for cut in stride(from: 0, to: values.count, by: max(values.count / 97, 1)) {
                XCTAssertThrowsError(try read(Array(values[..<cut]), strings), "\(file) cut at \(cut)")
            }
            XCTAssertThrowsError(try read(values + Array("n".utf8), strings), file)
            XCTAssertThrowsError(try read(values, Array(strings.dropLast())), file)
            // The first field's name, "format", read as another key: refused, not skipped.
            XCTAssertThrowsError(try read(values, strings.map { $0 == "format" ? "formax" : $0 }), file)
        }
    }

    func testAValueOfAnotherShapeIsRefused() throws {
        let bytes = try CompactEncoder.encode(["not", "a", "sample"])
        XCTAssertThrowsError(try CompactDecoder.decode(Sample.self, from: bytes))
    }
}
