import JCTACore

/// The top row on every screen: the tool, the edition in use and the language.
enum HeaderBar {
    static let style = CellStyle(tone: .accent, reverse: true)

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        buffer.clear(row: 0, style: style)
        let right = lang.text("版 \(state.questionnaire.edition)  日本語", "Edition \(state.questionnaire.edition)  English") + " "
        let rightWidth = DisplayWidth.of(right)
        buffer.write(" jcta  " + lang.text("臨床研究法 該当性スクリーニング", "Clinical Trials Act screening"),
                     row: 0, column: 0, style: style, limit: state.width - rightWidth - 1)
        buffer.write(right, row: 0, column: state.width - rightWidth, style: style)
    }
}
