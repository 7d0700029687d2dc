import JCTACore

/// One question: progress and the answers so far, the question, its numbered choices, its help, and the
/// casebook entries it rests on.
enum QuestionScreen {
    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard let node = state.session.currentNode else { return [] }
        switch intent {
        case .choose(let number) where number <= node.choices.count:
            answer(number - 1, state: &state)
        case .activate:
            answer(state.choiceHighlight, state: &state)
        case .moveUp: state.choiceHighlight = max(state.choiceHighlight - 1, 0)
        case .moveDown: state.choiceHighlight = min(state.choiceHighlight + 1, node.choices.count - 1)
        case .back:
            if state.session.steps.isEmpty {
                state.phase = .welcome
            } else {
                state.session.back()
                state.choiceHighlight = state.session.suggestedChoiceIndex
            }
        case .restart:
            if !state.session.steps.isEmpty { state.panels.append(.confirm(Confirmation(.restart))) }
        case .cases: state.panels.append(.caseList(CaseListPanel(caseIDs: node.cases.map(\.id))))
        case .help: state.panels.append(.help(HelpPanel()))
        default: break
        }
        return []
    }

    static func answer(_ index: Int, state: inout AppState) {
        // The index comes from the screen's own choices, so the session accepts it.
        try? state.session.answer(index: index)
        if let result = state.session.result {
            state.result = ResultScreen.Position(selectedStep: result.path.count - 1)
        } else {
            state.choiceHighlight = state.session.suggestedChoiceIndex
        }
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        render(state.session, highlight: state.choiceHighlight, state, into: &buffer)
    }

    /// Draws `session`'s question: the screening's own, or a training walk's.
    static func render(_ session: ScreeningSession, highlight: Int, _ state: AppState, into buffer: inout ScreenBuffer) {
        guard let node = session.currentNode else { return }
        let lang = state.language
        let width = state.width - 4
        let bottom = state.height - 3
        var row = 1

        let progress = lang.text("問 \(session.steps.count + 1)", "Q\(session.steps.count + 1)")
        var column = buffer.write(" " + progress + " ", row: row, column: 1, style: CellStyle(tone: .accent, bold: true))
        if !session.steps.isEmpty {
            let trail = session.steps.compactMap { step in
                state.questionnaire.node(step.node)?.choice(step.choice)?.label[lang]
            }.joined(separator: " > ")
            let room = state.width - column - 2
            let shown = DisplayWidth.of(trail) > room ? ".." + DisplayWidth.suffix(trail, fitting: room - 2) : trail
            column = buffer.write(" " + shown, row: row, column: column, style: .muted)
        }
        row += 2

        for line in StyledLine.wrapped(node.question[lang], width: width, style: .strong) where row < bottom {
            buffer.write(line.text, row: row, column: 2 + line.indent, style: line.style)
            row += 1
        }
        row += 1

        for (index, choice) in node.choices.enumerated() {
            let number = "\(index + 1). "
            let lines = StyledLine.wrapped(number + choice.label[lang], width: width - 2, indent: 0, hanging: number.count)
            for line in lines where row < bottom {
                let end = buffer.write(line.text, row: row, column: 3 + line.indent)
                if index == highlight {
                    // Only the label (with a cell of padding) is reversed: as visible as a full-width bar, and
                    // moving it rewrites far fewer cells.
                    buffer.restyle(row: row, from: 2, to: end + 1, style: .highlighted)
                }
                row += 1
            }
        }
        row += 1

        let casesRow = bottom - 1
        let help = StyledLine.wrapped(node.help[lang], width: width, style: .muted)
        let helpRoom = max(casesRow - 1 - row, 0)
        for (index, line) in help.prefix(helpRoom).enumerated() {
            let cut = index == helpRoom - 1 && help.count > helpRoom
            let text = cut ? DisplayWidth.truncate(line.text, to: width - 14) + lang.text("（? で全文）", " (? for more)") : line.text
            buffer.write(text, row: row, column: 2, style: line.style)
            row += 1
        }

        if !node.cases.isEmpty, casesRow >= row - 1 {
            let ids = node.cases.map(\.id).joined(separator: ", ")
            let line = lang.text("関係する事例（c で表示）: ", "Casebook entries (c to read): ") + ids
            buffer.write(DisplayWidth.truncate(line, to: width), row: casesRow, column: 2, style: CellStyle(tone: .accent))
        }
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("1-9", lang.text("回答", "answer")), .init("j/k", lang.text("選択", "move")),
         .init("b", lang.text("戻る", "back")), .init("c", lang.text("事例", "cases")),
         .init("?", lang.text("ヘルプ", "help")), .init("r", lang.text("最初から", "restart")),
         .init("L", lang.other == .en ? "English" : "日本語"), .init("q", lang.text("終了", "quit"))]
    }
}
