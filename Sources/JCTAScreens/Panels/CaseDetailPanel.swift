import JCTACore

/// One casebook entry in full: the case, its 留意事項 and the questions citing it. In English the case and
/// note are our rendering, marked as such; `o` shows the casebook's Japanese original (in Japanese, our
/// English rendering) and back.
public struct CaseDetailPanel: Hashable, Sendable {
    public var caseID: String
    public var scroll = 0
    /// Showing the case in the other language: the casebook's Japanese in the English screens, our English
    /// rendering in the Japanese ones.
    public var showsOther = false

    public init(caseID: String) {
        self.caseID = caseID
    }

    mutating func handle(_ intent: Intent, state: AppState) -> Scrolling.PanelAction {
        if intent == .showOriginal, hasRendering(state) {
            showsOther.toggle()
            scroll = 0
            return .stay
        }
        let frame = PanelFrame(width: state.width, height: state.height)
        let count = lines(state, width: frame.contentWidth).count
        return Scrolling.handlePanel(intent, offset: &scroll, lines: count, visible: frame.contentRows,
                                     closing: [.close, .back])
    }

    /// Whether the entry has our English rendering, so the other language is one key away.
    func hasRendering(_ state: AppState) -> Bool {
        state.questionnaire.caseEntry(caseID)?.isRendering(.en) ?? false
    }

    /// The entry as `jcta cases` prints it, wrapped with hanging indents under each label.
    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let entry = state.questionnaire.caseEntry(caseID) else { return [] }
        let lang = state.language
        let other = showsOther && hasRendering(state)
        let text = CaseText.render(entry, questionnaire: state.questionnaire, language: lang, caseLanguage: other ? lang.other : lang)
        var lines: [StyledLine] = []
        for (index, paragraph) in text.split(separator: "\n").enumerated() {
            if index > 0 { lines.append(StyledLine(text: "")) }
            let style: CellStyle = index == 0 ? .strong : paragraph.hasPrefix("[") || paragraph.hasPrefix("［") ? .muted : .plain
            lines += StyledLine.wrapped(String(paragraph), width: width, style: style, hanging: 2)
        }
        if hasRendering(state) {
            lines.append(StyledLine(text: ""))
            let hint = lang == .en
                ? (other ? "o: back to our English rendering" : "o: the casebook's Japanese original")
                : (other ? "o: 事例集の原文に戻る" : "o: 英文（当方による訳）を見る")
            lines += StyledLine.wrapped(hint, width: width, style: CellStyle(tone: .accent))
        }
        return lines
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: state.language.text("事例 ", "Case ") + caseID, into: &buffer)
        Scrolling.draw(lines(state, width: frame.contentWidth), offset: scroll, in: frame, into: &buffer)
    }

    func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        var items: [KeyBar.Item] = [.init("j/k", lang.text("スクロール", "scroll")), .init("PgDn", lang.text("次頁", "page"))]
        if hasRendering(state) {
            items.append(.init("o", lang == .en ? (showsOther ? "English" : "original") : (showsOther ? "原文" : "英文")))
        }
        return items + [.init("Esc", lang.text("戻る", "back")), .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
