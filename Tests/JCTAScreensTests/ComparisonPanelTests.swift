import JCTACore
import Testing
@testable import JCTAScreens

/// `v` on the result: every edition side by side, asking another edition's extra question when it needs one.
@Suite struct ComparisonPanelTests {
    static let offLabel = ["exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
                           "intervention": "protocol", "medical_act": "administered", "funding": "no", "approval": "off_label"]

    /// The 2019 edition walked to its result with the off-label answers, digit by digit.
    static func resultState() -> AppState {
        let q = EditionCatalog.loaded[0]
        var state = TestRules.state(q, language: .en, width: 100, height: 30)
        state.apply(.activate)
        while let node = state.session.currentNode {
            let index = node.choices.firstIndex { $0.id == offLabel[node.id] }!
            state.apply(.choose(index + 1))
        }
        return state
    }

    @Test func theOtherEditionsQuestionIsAskedAndTheComparisonFollows() throws {
        var state = Self.resultState()
        #expect(state.session.result != nil)
        state.apply(.compare)
        guard case .comparison(let panel)? = state.panels.last else { Issue.record("the panel opens"); return }
        let newer = EditionCatalog.loaded[1]
        let pending = try #require(panel.pendingQuestion(state))
        #expect(pending.id == "low_risk")
        #expect(panel.comparison(state).columns[1].result == nil)
        let screen = ScreenBuffer(rendering: state).textLines.joined(separator: "\n")
        #expect(screen.contains("An edition needs one more answer"))
        #expect(!screen.contains("low_risk"), "no internal ids on screen")
        #expect(keys(state).first == KeyBar.Item("1-\(pending.choices.count)", "answer"))

        let yes = try #require(newer.node("low_risk")?.choices.firstIndex { $0.id == "yes" })
        state.apply(.choose(yes + 1))
        guard case .comparison(let answered)? = state.panels.last else { Issue.record("the panel stays"); return }
        #expect(answered.extraAnswers == ["low_risk": "yes"])
        #expect(answered.pendingQuestion(state) == nil)
        let columns = answered.comparison(state).columns
        #expect(columns.allSatisfy { $0.result != nil })
        #expect(columns[0].result?.classification != columns[1].result?.classification)
        // The differences follow the editions, below the first screenful (j scrolls to them).
        #expect(answered.lines(state, width: 90).map(\.text).contains("Differences between \(columns[0].edition) and \(columns[1].edition)"))
        #expect(state.session.answers["low_risk"] == nil, "the screening's own answers are not changed")

        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func theKeyIsShownOnTheResultAndInTheHelp() {
        let state = Self.resultState()
        #expect(keys(state).contains(KeyBar.Item("v", "editions")))
        #expect(HelpPanel.keyGuide(.ja).contains { $0.0 == "v" })
    }
}
