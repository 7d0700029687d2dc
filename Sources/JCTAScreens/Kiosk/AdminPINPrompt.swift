import JCTACore

/// F12 in a kiosk: the operator types the PIN (shown as `*`) and Enter ends the program; a wrong PIN, or Esc,
/// only closes the prompt.
public struct AdminPINPrompt: Hashable, Sendable {
    var field = TextField()

    public init() {}

    mutating func handle(_ intent: Intent) -> TextField.PromptAction {
        field.handlePrompt(intent)
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let frame = PanelFrame(width: state.width, height: state.height, contentRows: 4, maximumWidth: 50)
        frame.draw(title: lang.text("管理者", "Operator"), into: &buffer)
        buffer.write(lang.text("PIN を入力して Enter で終了します。", "Type the PIN and press Enter to exit."),
                     row: frame.contentTop, column: frame.contentLeft, style: .strong, limit: frame.contentWidth)
        let masked = TextField(String(repeating: "*", count: field.text.count))
        masked.render(into: &buffer, row: frame.contentTop + 2, column: frame.contentLeft, width: frame.contentWidth)
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("Enter", lang.text("決定", "accept")), .init("Esc", lang.text("閉じる", "close"))]
    }
}
