import JCTACore

/// F12 in a kiosk: the operator types the PIN (shown as `*`) and Enter ends the program. A wrong PIN says
/// so (never how close it was); after three, each further one makes the prompt wait longer. When the
/// operator has something to know (the usage log lost lines), the accepted PIN shows it before the exit.
public struct AdminPINPrompt: Hashable, Sendable {
    var field = TextField()
    /// Why the last PIN was not accepted.
    var refusal: LocalizedMessage?
    /// Set once the PIN is accepted and there is something to tell the operator; Enter then exits.
    var notice: LocalizedMessage?

    public init() {}

    mutating func handle(_ intent: Intent) -> TextField.PromptAction {
        if notice != nil {
            switch intent {
            case .activate: return .submit("")
            case .close: return .close
            default: return .stay
            }
        }
        return field.handlePrompt(intent)
    }

    static let wrong = LocalizedMessage(ja: "PIN が違います。", en: "Wrong PIN.")

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let width = min(state.width - 10, 56)
        var lines: [StyledLine] = []
        if let notice {
            lines += StyledLine.wrapped(notice(lang), width: width, style: CellStyle(tone: .warning, bold: true))
            lines.append(StyledLine(text: ""))
            lines += StyledLine.wrapped(lang.text("Enter で終了します。", "Press Enter to exit."), width: width, style: .strong)
        } else {
            lines += StyledLine.wrapped(lang.text("PIN を入力して Enter で終了します。", "Type the PIN and press Enter to exit."),
                                        width: width, style: .strong)
            lines.append(StyledLine(text: ""))
            lines.append(StyledLine(text: String(repeating: "*", count: field.text.count)))
            if let seconds = state.kiosk?.pinLockoutSecondsLeft {
                lines.append(StyledLine(text: ""))
                lines += StyledLine.wrapped(lang.text("PIN の誤りが続いたため、あと \(seconds) 秒は受け付けません。",
                                                      "Too many wrong PINs: the next one is checked in \(seconds) s."),
                                            width: width, style: CellStyle(tone: .warning, bold: true))
            } else if let refusal {
                lines.append(StyledLine(text: ""))
                lines += StyledLine.wrapped(refusal(lang), width: width, style: CellStyle(tone: .warning, bold: true))
            }
        }
        let frame = PanelFrame(width: state.width, height: state.height, contentRows: lines.count, maximumWidth: 60)
        frame.draw(title: lang.text("管理者", "Operator"), into: &buffer)
        for (index, line) in lines.enumerated() {
            if notice == nil, index == 2 {
                let masked = TextField(line.text)
                masked.render(into: &buffer, row: frame.contentTop + index, column: frame.contentLeft, width: frame.contentWidth)
                continue
            }
            buffer.write(line.text, row: frame.contentTop + index, column: frame.contentLeft, style: line.style,
                         limit: frame.contentWidth)
        }
    }

    func keys(_ lang: Language) -> [KeyBar.Item] {
        notice != nil
            ? [.init("Enter", lang.text("終了", "exit")), .init("Esc", lang.text("閉じる", "close"))]
            : [.init("Enter", lang.text("決定", "accept")), .init("Esc", lang.text("閉じる", "close"))]
    }
}
