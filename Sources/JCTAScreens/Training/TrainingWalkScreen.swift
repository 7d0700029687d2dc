import JCTACore

/// A training walk: the decision tree's questions on the question screen, answered for the scenario; the
/// result is not shown, the feedback compares it with the scenario's facts. Esc stops walking.
enum TrainingWalkScreen {
    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard var round = state.training, let node = round.session.walk?.currentNode else { return [] }
        switch intent {
        case .choose(let number) where number <= node.choices.count:
            round.perform { session throws(TrainingSession.OutOfTurn) in try session.answerWalk(index: number - 1) }
        case .activate:
            let index = round.highlight
            round.perform { session throws(TrainingSession.OutOfTurn) in try session.answerWalk(index: index) }
        case .moveUp: round.highlight = max(round.highlight - 1, 0)
        case .moveDown: round.highlight = min(round.highlight + 1, node.choices.count - 1)
        case .back: round.perform { session throws(TrainingSession.OutOfTurn) in try session.walkBack() }
        case .close: round.perform { session throws(TrainingSession.OutOfTurn) in try session.skipWalk() }
        case .cases: state.panels.append(.caseList(CaseListPanel(caseIDs: node.cases.map(\.id))))
        case .help: state.panels.append(.help(HelpPanel()))
        case .scenarioText: state.panels.append(.scenarioText(ScenarioTextPanel()))
        default: break
        }
        state.training = round
        return []
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let round = state.training, let walk = round.session.walk else { return }
        QuestionScreen.render(walk, highlight: round.highlight, state, into: &buffer)
    }

    static func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        let choices = state.training?.session.walk?.currentNode?.choices.count ?? 1
        // j/k and Enter work too, as on the screening questions; the help lists them (the bar has no room).
        return [.init(ListNavigation.digitRange(choices), lang.text("回答", "answer")),
         .init("b", lang.text("戻る", "back")), .init("Esc", lang.text("やめる", "stop")),
         .init("t", lang.text("設問文", "exercise")), .init("c", lang.text("事例", "cases")), .init("?", lang.text("ヘルプ", "help")),
         .init("L", lang.other == .en ? "English" : "日本語"), .init("q", lang.text("終了", "quit"))]
    }
}
