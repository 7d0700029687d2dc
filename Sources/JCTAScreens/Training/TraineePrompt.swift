import JCTACore

/// Before a round started from the welcome screen: the trainee's name for the score sheet (Japanese or
/// English; Enter with nothing typed leaves it off).
public struct TraineePrompt: Hashable, Sendable {
    var field = TextField()

    public init() {}

    mutating func handle(_ intent: Intent) -> TextField.PromptAction {
        field.handlePrompt(intent)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: lang.text("研修を始める", "Start a training round"), into: &buffer)
        var row = frame.contentTop
        func line(_ text: String, style: CellStyle) {
            for wrapped in StyledLine.wrapped(text, width: frame.contentWidth, style: style) where row < frame.bottom {
                buffer.write(wrapped.text, row: row, column: frame.contentLeft, style: wrapped.style, limit: frame.contentWidth)
                row += 1
            }
        }
        if let plan = state.trainingPlan {
            let count = plan.selection.count.map(String.init) ?? lang.text("すべて", "all")
            line(lang.text("設問 \(count) 問、シード \(plan.selection.seed)", "\(count) exercises, seed \(plan.selection.seed)"), style: .plain)
            row += 1
        }
        line(lang.text("受講者名を入力してください。空のまま Enter で省略します。",
                       "Your name, for the score sheet. Press Enter with nothing typed to leave it out."), style: .strong)
        row += 1
        field.render(into: &buffer, row: row, column: frame.contentLeft, width: frame.contentWidth)
        row += 2
        line(lang.text("名前は採点表とそのファイル名にだけ使います。", "The name is used only on the score sheet and in its file name."), style: .muted)
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("Enter", lang.text("開始", "start")), .init("Backspace", lang.text("1文字消す", "delete")),
         .init("Esc", lang.text("やめる", "cancel"))]
    }
}
