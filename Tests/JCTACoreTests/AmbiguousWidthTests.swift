import XCTest
@testable import JCTACore

/// East Asian Ambiguous characters are one column in some terminals and two in others, so they would break
/// the layout: the shipped rules and scenarios must not use them in anything shown on screen.
final class AmbiguousWidthTests: XCTestCase {
    /// The ambiguous characters most likely to creep into Japanese and English text.
    static let ambiguous: Set<Character> = Set("…※○●◎△▲▼▽◆◇□■★☆→←↑↓⇒⇔▶◀×÷±°§¶“”‘’‐―─│┌┐└┘├┤")

    func testEditionsAndScenariosAvoidAmbiguousCharacters() throws {
        for entry in EditionCatalog.entries {
            let q = try entry.load()
            var texts: [(String, String)] = [("title", q.title.ja), ("title", q.title.en)]
            for node in q.nodes {
                texts += [node.question, node.help].flatMap { [(node.id, $0.ja), (node.id, $0.en)] }
                texts += node.choices.flatMap { [("\(node.id).\($0.id)", $0.label.ja), ("\(node.id).\($0.id)", $0.label.en)] }
                texts += node.choices.compactMap(\.caveat).flatMap { [(node.id, $0.ja), (node.id, $0.en)] }
                texts += node.choices.compactMap(\.confirm).flatMap { [(node.id, $0.ja), (node.id, $0.en)] }
            }
            for outcome in q.outcomes {
                let all = [outcome.headline, outcome.explanation] + outcome.obligations + outcome.caveats + outcome.toConfirm
                texts += all.flatMap { [(outcome.id, $0.ja), (outcome.id, $0.en)] }
            }
            for term in q.glossary {
                texts += [term.term, term.definition].flatMap { [(term.id, $0.ja), (term.id, $0.en)] }
            }
            for casebookEntry in q.cases {
                texts += [(casebookEntry.id, casebookEntry.summary.ja), (casebookEntry.id, casebookEntry.summary.en)]
            }
            for (owner, text) in texts {
                let found = text.filter(Self.ambiguous.contains)
                XCTAssertTrue(found.isEmpty, "\(entry.fileName) \(owner): ambiguous-width characters \(found) in \(text.prefix(40))")
            }
        }
        for scenario in try ScenarioLoader.loadEmbedded() {
            for text in [scenario.description.ja, scenario.description.en, scenario.teachingPoint.ja, scenario.teachingPoint.en] {
                XCTAssertTrue(text.filter(Self.ambiguous.contains).isEmpty, "\(scenario.id): \(text.prefix(40))")
            }
        }
    }
}
