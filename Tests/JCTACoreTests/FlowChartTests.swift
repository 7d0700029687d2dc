import Foundation
import XCTest
@testable import JCTACore

/// `jcta flow` and the committed pictures in docs/.
final class FlowChartTests: XCTestCase {
    static let docs = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")

    /// The committed SVGs were drawn from the DOT the embedded rules give now; `make docs` redraws them.
    func testTheCommittedFlowchartsAreUpToDate() throws {
        for q in EditionCatalog.loaded {
            for lang in Language.allCases {
                let name = "flow-\(q.edition)" + (lang == .ja ? "" : "-en") + ".svg"
                let path = Self.docs.appendingPathComponent(name).path
                let svg = try XCTUnwrap(FileManager.default.contents(atPath: path), "docs/\(name) is missing: run make docs")
                let committed = try XCTUnwrap(FlowChartSVG.embeddedDOT(in: String(decoding: svg, as: UTF8.self)), "docs/\(name) has no DOT")
                XCTAssertEqual(committed, FlowChart(q, language: lang).dot(), "docs/\(name) is stale: run make docs and commit it")
            }
        }
    }

    func testEveryQuestionChoiceAndOutcomeIsDrawn() {
        for q in EditionCatalog.loaded {
            let chart = FlowChart(q, language: .ja)
            XCTAssertEqual(Set(chart.boxes.map(\.id)), Set(q.nodes.map { "q_\($0.id)" } + q.outcomes.map { "o_\($0.id)" }))
            XCTAssertEqual(chart.arrows.count, q.nodes.reduce(0) { $0 + $1.choices.count })
            for outcome in q.outcomes {
                let box = chart.boxes.first { $0.id == "o_\(outcome.id)" }!
                XCTAssertEqual(box.classification, outcome.classification)
                XCTAssertEqual(box.lines.first, outcome.classification.label.ja, "the full class, never a shortened one")
            }
            for (index, node) in q.nodes.enumerated() {
                let box = chart.boxes.first { $0.id == "q_\(node.id)" }!
                XCTAssertTrue(box.lines[0].hasPrefix("問\(index + 1) "), box.lines[0])
                for reference in node.cases { XCTAssertTrue(box.lines.joined().contains(reference.id), "\(node.id) cites \(reference.id)") }
            }
            let dot = chart.dot()
            XCTAssertTrue(dot.contains("fontname=\"\(FlowChart.font)\""))
            XCTAssertFalse(dot.contains("penwidth=3"), "no path without answers")
        }
    }

    func testTheAnswersPathIsHighlighted() throws {
        let q = try Fixtures.minimal()
        let chart = FlowChart(q, language: .en, answers: ["uses_product": "yes", "funding": "maker_funds"])
        let walk = Walk(q, answers: ["uses_product": "yes", "funding": "maker_funds"])
        XCTAssertEqual(chart.arrows.filter(\.onPath).count, walk.steps.count)
        guard case .outcome(let reached) = walk.end else { return XCTFail("the walk ends") }
        XCTAssertEqual(Set(chart.boxes.filter(\.onPath).map(\.id)), Set(walk.steps.map { "q_\($0.node)" } + ["o_\(reached)"]))
        XCTAssertEqual(chart.dot().components(separatedBy: "penwidth=3").count - 1, walk.steps.count * 2 + 1)
        XCTAssertTrue(chart.mermaid().contains("linkStyle "))
    }

    func testLabelsAreEscapedForEachLanguage() {
        XCTAssertEqual(FlowChart.wrap("これは長い日本語の質問文で、途中で折り返されるはずです。", width: 20),
                       ["これは長い日本語の質", "問文で、途中で折り返", "されるはずです。"])
        XCTAssertEqual(FlowChart.wrap("a quite long English question text", width: 12), ["a quite long", "English", "question", "text"])
        XCTAssertEqual(FlowChart.firstSentence("最初の文です。次の文。"), "最初の文です。")
        var chart = FlowChart(EditionCatalog.loaded[0], language: .en)
        chart.boxes[0].lines = ["say \"hi\" <b>"]
        XCTAssertTrue(chart.dot().contains("label=\"say \\\"hi\\\" <b>\""))
        XCTAssertTrue(chart.mermaid().contains("[\"say #quot;hi#quot; #lt;b#gt;\"]"))
    }

    func testTheDOTSurvivesTheSVGItIsKeptIn() {
        let dot = "digraph x { a [label=\"]]>\"]; }\n"
        let svg = "<?xml version=\"1.0\"?>\n<svg width=\"1\">\n<g/></svg>\n"
        let kept = FlowChartSVG.embed(dot: dot, in: svg)
        XCTAssertEqual(FlowChartSVG.embeddedDOT(in: kept), dot)
        XCTAssertTrue(kept.hasPrefix("<?xml version=\"1.0\"?>\n<svg width=\"1\">\n<metadata"))
    }

    /// Arrow labels break between phrases only: after 、 or a space, before a parenthesis.
    func testArrowLabelsWrapBetweenPhrases() {
        XCTAssertEqual(FlowChart.wrapPhrases("いいえ、使わない（観察のみ）", width: 12), ["いいえ、", "使わない", "（観察のみ）"])
        XCTAssertEqual(FlowChart.wrapPhrases("いいえ、使わない", width: 24), ["いいえ、使わない"])
        XCTAssertEqual(FlowChart.wrapPhrases("はい、低リスクの用法等にあたる", width: 10), ["はい、", "低リスクの用法等にあたる"], "a phrase stays whole")
        XCTAssertEqual(FlowChart.wrapPhrases("No: none of these, or little experience", width: 16), ["No: none of", "these, or little", "experience"])
        for q in EditionCatalog.loaded {
            for arrow in FlowChart(q, language: .ja).arrows where arrow.lines.count > 1 {
                for line in arrow.lines.dropLast() {
                    XCTAssertTrue(line.hasSuffix("、") || line.hasSuffix("，") || arrow.lines.contains { $0.hasPrefix("（") || $0.hasPrefix("(") || $0.hasPrefix("「") },
                                  "\(arrow.lines) breaks mid-phrase")
                }
            }
        }
    }

    /// The legend names every class by its colours in the chart's language; the low-risk clinical box says the
    /// CRB confirms; the chart is sized for A4 landscape.
    func testLegendOutcomeCaveatAndPageSize() throws {
        let q = EditionCatalog.loaded[1]
        for lang in [Language.ja, .en] {
            let chart = FlowChart(q, language: lang)
            XCTAssertEqual(chart.legend.compactMap(\.classification), Classification.allCases)
            let dot = chart.dot()
            for classification in Classification.allCases {
                let (fill, _) = FlowChart.colours(classification)
                XCTAssertTrue(dot.contains("<td bgcolor=\"\(fill)\" color=\"\(FlowChart.colours(classification).border)\" align=\"left\">\(HTMLPage.escape(classification.label[lang]))</td>"), dot)
            }
            XCTAssertTrue(dot.contains("size=\"10.9,7.4\"]"))
            XCTAssertTrue(chart.mermaid().contains("subgraph legend[\"\(chart.legendTitle)\"]"))
        }
        let lowRisk = try XCTUnwrap(FlowChart(q, language: .ja).boxes.first { $0.id == "o_clinical_low_risk" })
        XCTAssertTrue(lowRisk.lines.joined().contains("臨床研究（特定臨床研究以外）"), "\(lowRisk.lines)")
        XCTAssertTrue(lowRisk.lines.joined().contains(q.outcome("clinical_low_risk")!.headline.ja), "\(lowRisk.lines)")
    }
}
