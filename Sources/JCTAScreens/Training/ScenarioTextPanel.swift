import JCTACore

/// `t` during a training walk or feedback: the exercise's description again, so the trainee can check the
/// facts against the questions and the explanation.
public struct ScenarioTextPanel: Hashable, Sendable {
    public var scroll = 0

    public init() {}

    mutating func handle(_ intent: Intent, state: AppState) -> Scrolling.PanelAction {
        let frame = PanelFrame(width: state.width, height: state.height)
        let count = lines(state, width: frame.contentWidth).count
        return Scrolling.handlePanel(intent, offset: &scroll, lines: count, visible: frame.contentRows,
                                     closing: [.close, .back, .scenarioText])
    }

    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let scenario = state.training?.session.current?.scenario else { return [] }
        return StyledLine.wrapped(scenario.description[state.language], width: width)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let frame = PanelFrame(width: state.width, height: state.height)
        let session = state.training?.session
        let number = session.map { " [\($0.index + 1)/\($0.items.count)]" } ?? ""
        frame.draw(title: state.language.text("設問文", "The exercise") + number, into: &buffer)
        Scrolling.draw(lines(state, width: frame.contentWidth), offset: scroll, in: frame, into: &buffer)
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("j/k", lang.text("スクロール", "scroll")), .init("Esc/t", lang.text("閉じる", "close")),
         .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
