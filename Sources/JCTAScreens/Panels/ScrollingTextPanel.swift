import JCTACore

/// A panel whose body is wrapped text in the standard panel frame: scrolled by j/k, PgUp/PgDn, Home/End and
/// closed by `closingIntents`. A panel says what its text and title are; moving and drawing are done here once.
protocol ScrollingTextPanel {
    var scroll: Int { get set }
    /// The intents that close the panel (besides scrolling, every other key is ignored while it is open).
    static var closingIntents: Set<Intent> { get }
    func title(_ state: AppState) -> String
    func lines(_ state: AppState, width: Int) -> [StyledLine]
}

extension ScrollingTextPanel {
    mutating func handle(_ intent: Intent, state: AppState) -> Scrolling.PanelAction {
        let frame = PanelFrame(width: state.width, height: state.height)
        let count = lines(state, width: frame.contentWidth).count
        return Scrolling.handlePanel(intent, offset: &scroll, lines: count, visible: frame.contentRows,
                                     closing: Self.closingIntents)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: title(state), into: &buffer)
        Scrolling.draw(lines(state, width: frame.contentWidth), offset: scroll, in: frame, into: &buffer)
    }
}
