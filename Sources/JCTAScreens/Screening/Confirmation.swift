import JCTACore

/// A yes/no question before something that throws answers away: restart or quit.
public struct Confirmation: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case restart
        case quit
        /// Quitting a training round before its end, keeping the answers so far in this file.
        case quitRound(keepingSheetAt: String)
    }

    public var action: Action

    public init(_ action: Action) {
        self.action = action
    }

    func question(_ lang: Language) -> String {
        switch action {
        case .restart: lang.text("最初からやり直しますか？ 今の回答と研究課題名は消えます。", "Start again? Your answers and the study title will be cleared.")
        case .quit: lang.text("終了しますか？ 保存していない回答は失われます。", "Quit? Answers you have not saved will be lost.")
        case .quitRound(let path):
            lang.text("研修を途中で終了しますか？ ここまでの回答は未完了の採点表として \(path) に保存します。",
                      "Quit the round before its end? The answers so far are kept in \(path), marked incomplete.")
        }
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let text = StyledLine.wrapped(question(lang), width: min(state.width - 10, 56))
        let frame = PanelFrame(width: state.width, height: state.height, contentRows: text.count + 2, maximumWidth: 60)
        frame.draw(title: lang.text("確認", "Confirm"), into: &buffer)
        for (index, line) in text.enumerated() {
            buffer.write(line.text, row: frame.contentTop + index, column: frame.contentLeft, style: .strong, limit: frame.contentWidth)
        }
        buffer.write(lang.text("y: はい   n: いいえ", "y: yes   n: no"), row: frame.contentTop + text.count + 1,
                     column: frame.contentLeft, limit: frame.contentWidth)
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("y", lang.text("はい", "yes")), .init("n Esc", lang.text("いいえ", "no"))]
    }
}
