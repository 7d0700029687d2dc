import JCTACore

/// A kiosk's notice during the last seconds of the idle period: the screen is about to be wiped, and any key
/// keeps it.
enum IdleCountdown {
    static func render(seconds: Int, _ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = min(state.width - 10, 56)
        let lines = StyledLine.wrapped(lang.text("操作がないため、あと \(seconds) 秒で最初の画面に戻ります。入力した回答は消去されます。",
                                                 "Nobody has pressed a key: in \(seconds) s the kiosk returns to the start and the answers are erased."),
                                       width: width, style: CellStyle(tone: .warning, bold: true))
        let frame = PanelFrame(width: state.width, height: state.height, contentRows: lines.count + 2, maximumWidth: 60)
        frame.draw(title: lang.text("お知らせ", "Notice"), into: &buffer)
        for (index, line) in lines.enumerated() {
            buffer.write(line.text, row: frame.contentTop + index, column: frame.contentLeft, style: line.style, limit: frame.contentWidth)
        }
        buffer.write(lang.text("続けるには何かキーを押してください。", "Press any key to continue."),
                     row: frame.contentTop + lines.count + 1, column: frame.contentLeft, limit: frame.contentWidth)
    }
}
