import JCTACore

/// The first screen: what the tool does and does not decide, the edition, the language, and the modes.
enum WelcomeScreen {
    static func label(_ mode: AppState.Mode, _ lang: Language) -> String {
        switch mode {
        case .screening: lang.text("スクリーニングを始める", "Start screening")
        case .caseBrowser: lang.text("事例集を読む", "Browse the casebook")
        case .training: lang.text("研修（事例で分類を練習する）", "Training (practise on scenarios)")
        }
    }

    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        let modes = state.modes
        switch intent {
        case .moveUp: state.welcomeHighlight = max(state.welcomeHighlight - 1, 0)
        case .moveDown: state.welcomeHighlight = min(state.welcomeHighlight + 1, modes.count - 1)
        case .choose(let number) where number <= modes.count:
            state.welcomeHighlight = number - 1
            state.start(modes[number - 1])
        case .activate: state.start(modes[state.welcomeHighlight])
        case .cases: state.start(.caseBrowser)
        case .help: state.panels.append(.help(HelpPanel()))
        default: break
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let q = state.questionnaire
        let width = state.width - 4
        var lines: [StyledLine] = []
        lines += StyledLine.wrapped(lang.text("臨床研究法 該当性スクリーニング", "Clinical Trials Act (臨床研究法) screening"),
                                    width: width, style: .strong)
        lines.append(StyledLine(text: ""))
        lines += StyledLine.wrapped(lang.text(
            "研究の計画について質問に答えると、その研究が臨床研究法の対象か（特定臨床研究・臨床研究・法の対象外）の目安と、その理由・根拠の事例・今後の手続を示します。",
            "Answer questions about a planned study to see whether Japan's Clinical Trials Act applies to it (specified clinical research, clinical research, or outside the Act), why, the casebook entries behind it, and what follows."),
            width: width)
        lines.append(StyledLine(text: ""))
        lines += StyledLine.wrapped(Disclaimer.text[lang], width: width, style: CellStyle(tone: .warning))
        lines.append(StyledLine(text: ""))
        lines += StyledLine.wrapped(lang.text("版: ", "Edition: ") + "\(q.edition)  \(q.title[lang])  (\(q.effectivePeriod))",
                                    width: width, hanging: 2)
        lines += StyledLine.wrapped(lang.text("言語: 日本語（L で English）", "Language: English (L for 日本語)"), width: width)
        var row = 2
        for line in lines where row < state.height - 3 {
            buffer.write(line.text, row: row, column: 2 + line.indent, style: line.style, limit: width - line.indent)
            row += 1
        }
        row += 1
        for (index, mode) in state.modes.enumerated() where row < state.height - 2 {
            let end = buffer.write("\(index + 1)  " + label(mode, lang), row: row, column: 4, limit: width - 2)
            if index == state.welcomeHighlight {
                buffer.restyle(row: row, from: 3, to: end + 1, style: .highlighted)
            }
            row += 1
        }
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("Enter", lang.text("開始", "start")), .init("j/k", lang.text("選択", "move")),
         .init("?", lang.text("ヘルプ", "help")), .init("L", lang.other == .en ? "English" : "日本語"),
         .init("q", lang.text("終了", "quit"))]
    }
}
