import JCTACore

/// One casebook entry in full: the case as the casebook states it, its 留意事項 and the questions citing it.
public struct CaseDetailPanel: Hashable, Sendable {
    public var caseID: String
    public var scroll = 0

    public init(caseID: String) {
        self.caseID = caseID
    }

    mutating func handle(_ intent: Intent, state: AppState) -> Scrolling.PanelAction {
        let frame = PanelFrame(width: state.width, height: state.height)
        let count = lines(state, width: frame.contentWidth).count
        return Scrolling.handlePanel(intent, offset: &scroll, lines: count, visible: frame.contentRows,
                                     closing: [.close, .back])
    }

    /// The entry as `jcta cases` prints it, wrapped with hanging indents under each label.
    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let entry = state.questionnaire.caseEntry(caseID) else { return [] }
        let text = CaseText.render(entry, questionnaire: state.questionnaire, language: state.language)
        var lines: [StyledLine] = []
        for (index, paragraph) in text.split(separator: "\n").enumerated() {
            if index > 0 { lines.append(StyledLine(text: "")) }
            lines += StyledLine.wrapped(String(paragraph), width: width, style: index == 0 ? .strong : .plain, hanging: 2)
        }
        return lines
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: state.language.text("事例 ", "Case ") + caseID, into: &buffer)
        Scrolling.draw(lines(state, width: frame.contentWidth), offset: scroll, in: frame, into: &buffer)
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("j/k", lang.text("スクロール", "scroll")), .init("Esc", lang.text("戻る", "back")),
         .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
