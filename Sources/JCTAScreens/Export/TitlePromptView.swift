import JCTACore

/// The optional study title asked for before an export (typed in Japanese or English; Enter with nothing skips).
enum TitlePromptView {
    static func render(_ field: TextField, language lang: Language, frame: PanelFrame, row: inout Int, into buffer: inout ScreenBuffer) {
        let lines = StyledLine.wrapped(lang.text("研究課題名（任意）を入力してください。空のまま Enter で省略します。",
                                                 "Study title (optional). Press Enter with nothing typed to leave it out."),
                                       width: frame.contentWidth, style: .strong)
        for line in lines {
            buffer.write(line.text, row: row, column: frame.contentLeft, style: line.style, limit: frame.contentWidth)
            row += 1
        }
        row += 1
        field.render(into: &buffer, row: row, column: frame.contentLeft, width: frame.contentWidth)
        row += 2
        for line in StyledLine.wrapped(lang.text("課題名は保存するファイルと結果画面に載ります。", "The title appears in the saved file and on the result screen."),
                                       width: frame.contentWidth, style: .muted) {
            buffer.write(line.text, row: row, column: frame.contentLeft, style: line.style, limit: frame.contentWidth)
            row += 1
        }
    }
}
