import Foundation
import Testing

/// The user guide's screen captures are the golden screens: each ```text block under a
/// `<!-- golden: NAME -->` line must be that golden's text (blank rows above and below left out), so the guide
/// shows the screens as they are. `python3 scripts/guide-captures.py` copies them after goldens change.
@Suite struct GuideCaptureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines
    }

    @Test func everyCaptureInTheGuideIsItsGoldenScreen() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/user-guide.md"), encoding: .utf8)
            .components(separatedBy: "\n")
        var checked = 0
        for (index, line) in guide.enumerated() {
            guard let match = line.firstMatch(of: /^<!-- golden: ([\w.-]+) -->$/) else { continue }
            let name = String(match.1)
            #expect(guide[index + 1] == "```text", "the marker for \(name) stands above a text block")
            let end = try #require(guide[(index + 2)...].firstIndex(of: "```"))
            let golden = try String(contentsOf: Self.root.appendingPathComponent("Tests/JCTAScreensTests/Goldens/\(name).txt"), encoding: .utf8)
            let screen = Self.trimmed(golden.components(separatedBy: "\n-- styles --")[0].components(separatedBy: "\n"))
            #expect(Array(guide[(index + 2)..<end]) == screen,
                    "docs/user-guide.md capture of \(name) is stale: run python3 scripts/guide-captures.py")
            checked += 1
        }
        #expect(checked >= 20, "the guide's captures are marked with their golden screens")
        let blocks = guide.filter { $0 == "```text" }.count
        #expect(blocks == checked, "every screen capture in the guide names its golden screen")
    }
}
