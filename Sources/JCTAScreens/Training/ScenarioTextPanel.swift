import JCTACore

/// `t` during a training walk or feedback: the exercise's description again, so the trainee can check the
/// facts against the questions and the explanation.
public struct ScenarioTextPanel: ScrollingTextPanel, Hashable, Sendable {
    public var scroll = 0
    static let closingIntents: Set<Intent> = [.close, .back, .scenarioText]

    public init() {}

    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let scenario = state.training?.session.current?.scenario else { return [] }
        return StyledLine.wrapped(scenario.description[state.language], width: width)
    }

    func title(_ state: AppState) -> String {
        let number = (state.training?.session).map { " [\($0.index + 1)/\($0.items.count)]" } ?? ""
        return state.language.text("設問文", "The exercise") + number
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("j/k", lang.text("スクロール", "scroll")), .init("Esc/t", lang.text("閉じる", "close")),
         .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
