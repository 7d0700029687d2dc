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
        if let moved = ListNavigation.move(intent, from: state.welcomeHighlight, count: modes.count, page: modes.count) {
            state.welcomeHighlight = moved
            return []
        }
        switch intent {
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

    /// The edition line; its date range is one unit, never broken across lines.
    static func editionLine(_ q: Questionnaire, _ lang: Language, width: Int) -> [StyledLine] {
        StyledLine.wrapped(lang.text("版: ", "Edition: ") + "\(q.edition)  \(q.title[lang])  (\(EditionPeriodWords.text(q.effectivePeriod, lang)))",
                           width: width, hanging: 2, keepingWhole: ["(\(EditionPeriodWords.text(q.effectivePeriod, lang)))"])
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let q = state.questionnaire
        let width = state.width - 4
        let blank = [StyledLine(text: "")]
        let title = StyledLine.wrapped(lang.text("臨床研究法 該当性スクリーニング", "Clinical Trials Act (臨床研究法) screening"),
                                       width: width, style: .strong)
        let about = StyledLine.wrapped(lang.text(
            "研究の計画について質問に答えると、その研究が臨床研究法の対象か（特定臨床研究・臨床研究・法の対象外）の目安と、その理由・根拠の事例・今後の手続を示します。",
            "Answer questions about a planned study to see whether Japan's Clinical Trials Act applies to it (specified clinical research, clinical research, or outside the Act), why, the casebook entries behind it, and what follows."),
            width: width)
        let disclaimer = StyledLine.wrapped(Disclaimer.text[lang], width: width, style: CellStyle(tone: .warning))
        let edition = editionLine(q, lang, width: width)
            + StyledLine.wrapped(lang.text("言語: 日本語（L で English）", "Language: English (L for 日本語)"), width: width)
        // The menu always shows whole; on a small screen the description goes first, then the edition lines.
        let room = state.height - state.chromeRows - 2 - state.modes.count - 1
        var blocks = [title, about, disclaimer, edition]
        func total() -> Int { blocks.filter { !$0.isEmpty }.reduce(0) { $0 + $1.count + 1 } - 1 }
        if total() > room { blocks[1] = [] }
        if total() > room { blocks[3] = [] }
        let lines = blocks.filter { !$0.isEmpty }.enumerated().flatMap { $0.offset == 0 ? $0.element : blank + $0.element }
        var row = 2
        for line in lines.prefix(max(room, 0)) {
            buffer.write(line.text, row: row, column: 2 + line.indent, style: line.style, limit: width - line.indent)
            row += 1
        }
        row += 1
        for (index, mode) in state.modes.enumerated() where row < state.height - state.chromeRows {
            let end = buffer.write("\(index + 1)  " + label(mode, lang), row: row, column: 4, limit: width - 2)
            if index == state.welcomeHighlight {
                buffer.restyle(row: row, from: 3, to: end + 1, style: .highlighted)
            }
            row += 1
        }
    }

    static func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        return [.init("Enter", lang.text("開始", "start")), .init(ListNavigation.digitRange(state.modes.count), lang.text("選ぶ", "pick")),
                .init("j/k", lang.text("選択", "move")), .init("c", lang.text("事例集", "casebook")),
         .init("?", lang.text("ヘルプ", "help")), .init("L", lang.other == .en ? "English" : "日本語"),
         .init("q", lang.text("終了", "quit"))]
    }
}
