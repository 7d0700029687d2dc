import JCTACore

/// One question: its number and short title, the answers so far (labelled, so they do not read as the
/// title), the question, its numbered choices, its help and the casebook entries it rests on. Nothing that
/// carries meaning is cut: choices scroll with the highlight, the case numbers wrap, and help that does not
/// fit says how to read all of it.
enum QuestionScreen {
    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard let node = state.session.currentNode else { return [] }
        if let moved = ListNavigation.move(intent, from: state.choiceHighlight, count: node.choices.count,
                                           page: max(choiceRows(state) / 2, 1)) {
            state.choiceHighlight = moved
            return []
        }
        switch intent {
        case .choose(let number) where number <= node.choices.count:
            answer(number - 1, state: &state)
        case .activate:
            answer(state.choiceHighlight, state: &state)
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
        if state.session.result != nil {
            state.result = ResultScreen.Position()
        } else {
            state.choiceHighlight = state.session.suggestedChoiceIndex
        }
    }

    /// The screen's parts, laid out for one size.
    struct Layout {
        /// The number and short title, wrapped under the words past the number when the screen is narrow.
        var title: [StyledLine]
        var trail: [String]
        var question: [StyledLine]
        /// Each choice's wrapped lines.
        var choices: [[StyledLine]]
        /// The first choice drawn and how many fit (all of them when there is room).
        var firstChoice: Int
        var choicesShown: Int
        /// 「わからない」, kept on screen below the scrolled list when the list does not fit.
        var pinnedChoice: Int?
        var help: [StyledLine]
        var helpCut: Bool
        var cases: [StyledLine]
        /// The blank rows after the title, after the question and before the help (given up on small screens).
        var gapAfterTitle: Bool
        var gapAfterQuestion: Bool
        var gapBeforeHelp: Bool

        /// The choices drawn in order (the scrolled window, then the pinned one).
        var shownChoices: [Int] {
            Array(firstChoice..<(firstChoice + choicesShown)) + (pinnedChoice.map { [$0] } ?? [])
        }

        /// How many choices the list holds below the window (the pinned one is not counted: it is drawn).
        var choicesBelow: Int {
            (pinnedChoice ?? choices.count) - (firstChoice + choicesShown)
        }
    }

    static func choiceRows(_ state: AppState) -> Int {
        guard let node = state.currentNode else { return 1 }
        let layout = self.layout(state.phase == .training ? (state.training?.session.walk ?? state.session) : state.session,
                                 node: node, highlight: state.choiceHighlight, state)
        return layout.shownChoices.reduce(0) { $0 + layout.choices[$1].count }
    }

    /// What gives way when rows are short, in order: the blank rows around the help, the answers so far, the
    /// other blank rows, then the choices scroll (the highlighted one and 「わからない」 stay). The question, the
    /// first line of the help with the way to read the rest (`?`) and the case line (`c`) always stay.
    static func layout(_ session: ScreeningSession, node: QuestionNode, highlight: Int, _ state: AppState) -> Layout {
        let lang = state.language
        let q = state.questionnaire
        let width = state.width - 4
        let rows = state.height - state.chromeRows - 1
        let name = q.questionName(node.id, lang) ?? node.question[lang]
        let number = name.prefix { $0 != " " }
        let title = StyledLine.wrapped(name, width: width - 2, hanging: DisplayWidth.of(number) + 1)
        let question = StyledLine.wrapped(node.question[lang], width: width, style: .strong)
        let choices = node.choices.enumerated().map { index, choice in
            let number = "\(index + 1). "
            return StyledLine.wrapped(number + choice.label[lang], width: width - 2, indent: 0, hanging: number.count)
        }
        var cases: [StyledLine] = []
        if !node.cases.isEmpty {
            let ids = node.cases.map(\.id).joined(separator: ", ")
            cases = StyledLine.wrapped(lang.text("関係する事例（c で表示）: ", "Casebook entries (c to read): ") + ids,
                                       width: width, style: CellStyle(tone: .accent), hanging: 2)
        }
        let allHelp = StyledLine.wrapped(node.help[lang], width: width, style: .muted)
        // Help that does not fit keeps at least its first line and the line saying how to read the rest.
        let helpMinimum = allHelp.count <= 2 ? allHelp.count : 2
        var trailText = trail(session, state, width: width)
        var gapAfterTitle = true, gapAfterQuestion = true, gapBeforeHelp = !allHelp.isEmpty, gapBeforeCases = !cases.isEmpty
        func choiceRoom() -> Int {
            rows - title.count - trailText.count - question.count - cases.count - helpMinimum
                - [gapAfterTitle, gapAfterQuestion, gapBeforeHelp, gapBeforeCases].filter { $0 }.count
        }
        let heights = choices.map(\.count)
        let allChoiceRows = heights.reduce(0, +)
        if allChoiceRows > choiceRoom() { gapBeforeCases = false }
        if allChoiceRows > choiceRoom() { gapBeforeHelp = false }
        if allChoiceRows > choiceRoom() { trailText = [] }
        if allChoiceRows > choiceRoom() { gapAfterTitle = false }
        if allChoiceRows > choiceRoom() { gapAfterQuestion = false }
        let room = choiceRoom()
        var first = 0
        var shown = choices.count
        var pinned: Int?
        var usedByChoices = allChoiceRows
        if allChoiceRows > room {
            // 「わからない」 (the last choice) stays below the list; the rest scroll with the highlight, with a line
            // above or below saying how many more there are (only where there are more).
            if node.choices.last?.unsure == true, choices.count > 2 { pinned = choices.count - 1 }
            let listCount = pinned ?? choices.count
            let listRoom = room - (pinned.map { heights[$0] } ?? 0)
            let selected = min(highlight, listCount - 1)
            func window(_ first: Int, _ visible: Int) -> Int {
                var used = 0
                var count = 0
                while first + count < listCount, used + heights[first + count] <= visible || count == 0 {
                    used += heights[first + count]
                    count += 1
                }
                return count
            }
            let listHeights = Array(heights[0..<listCount])
            first = ListNavigation.firstShown(selected: selected, rows: listHeights, visible: max(listRoom - 1, heights[selected]))
            if first > 0 {
                first = ListNavigation.firstShown(selected: selected, rows: listHeights, visible: max(listRoom - 2, heights[selected]))
            }
            let markers = (first > 0 ? 1 : 0) + 1
            shown = window(first, max(listRoom - markers, heights[selected]))
            if first + shown == listCount, first > 0 {
                // Nothing below: the row kept for the lower marker can show one more choice above.
                let wider = ListNavigation.firstShown(selected: selected, rows: listHeights, visible: max(listRoom - 1, heights[selected]))
                if wider < first, window(wider, listRoom - 1) + wider == listCount {
                    first = wider
                    shown = listCount - wider
                }
            }
            usedByChoices = heights[first..<(first + shown)].reduce(0, +) + (pinned.map { heights[$0] } ?? 0)
                + (first > 0 ? 1 : 0) + (first + shown < listCount ? 1 : 0)
        }
        let helpRoom = max(room + helpMinimum - usedByChoices, helpMinimum)
        let helpCut = allHelp.count > helpRoom
        let help = Array(allHelp.prefix(helpCut ? max(helpRoom - 1, 1) : helpRoom))
        return Layout(title: title, trail: trailText, question: question, choices: choices, firstChoice: first,
                      choicesShown: shown, pinnedChoice: pinned, help: help, helpCut: helpCut, cases: cases,
                      gapAfterTitle: gapAfterTitle, gapAfterQuestion: gapAfterQuestion, gapBeforeHelp: gapBeforeHelp)
    }

    /// 「これまでの回答: A > B > C」 on one line; when too long, whole answers are left out from the left and
    /// counted. When even the last answer does not fit beside the label, it wraps onto a second line.
    static func trail(_ session: ScreeningSession, _ state: AppState, width: Int) -> [String] {
        let lang = state.language
        let answers = session.steps.compactMap { state.questionnaire.node($0.node)?.choice($0.choice)?.label[lang] }
        guard !answers.isEmpty else { return [] }
        let label = lang.text("これまでの回答: ", "Answers so far: ")
        func text(hiding hidden: Int) -> String {
            let prefix = hidden == 0 ? "" : lang.text("（前の\(hidden)件は省略）", "(\(hidden) earlier not shown) ")
            return label + prefix + answers[hidden...].joined(separator: " > ")
        }
        for hidden in 0..<answers.count where DisplayWidth.of(text(hiding: hidden)) <= width {
            return [text(hiding: hidden)]
        }
        return Array(TextWrap.lines(text(hiding: answers.count - 1), width: width).prefix(2))
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        render(state.session, highlight: state.choiceHighlight, state, into: &buffer)
    }

    /// Draws `session`'s question: the screening's own, or a training walk's.
    static func render(_ session: ScreeningSession, highlight: Int, _ state: AppState, into buffer: inout ScreenBuffer) {
        guard let node = session.currentNode else { return }
        let lang = state.language
        let layout = self.layout(session, node: node, highlight: highlight, state)
        let width = state.width - 4
        let bottom = state.height - state.chromeRows
        var row = 1
        for line in layout.title {
            buffer.write(" " + line.text + " ", row: row, column: 1 + line.indent, style: CellStyle(tone: .accent, bold: true))
            row += 1
        }
        for line in layout.trail {
            buffer.write(line, row: row, column: 2, style: .muted, limit: width)
            row += 1
        }
        if layout.gapAfterTitle { row += 1 }
        for line in layout.question where row < bottom {
            buffer.write(line.text, row: row, column: 2 + line.indent, style: line.style)
            row += 1
        }
        if layout.gapAfterQuestion { row += 1 }
        let above = layout.firstChoice
        if above > 0 {
            buffer.write(lang.text("↑ ほかに\(above)件（k で上へ）", "↑ \(above) more (k to move up)"),
                         row: row, column: 3, style: .muted, limit: width)
            row += 1
        }
        func drawChoice(_ index: Int) {
            for line in layout.choices[index] where row < bottom {
                let end = buffer.write(line.text, row: row, column: 3 + line.indent)
                if index == highlight {
                    // Only the label (with a cell of padding) is reversed: as visible as a full-width bar, and
                    // moving it rewrites far fewer cells.
                    buffer.restyle(row: row, from: 2, to: end + 1, style: .highlighted)
                }
                row += 1
            }
        }
        for index in layout.firstChoice..<(layout.firstChoice + layout.choicesShown) { drawChoice(index) }
        let below = layout.choicesBelow
        if below > 0 {
            buffer.write(lang.text("↓ ほかに\(below)件（j で下へ）", "↓ \(below) more (j to move down)"),
                         row: row, column: 3, style: .muted, limit: width)
            row += 1
        }
        if let pinned = layout.pinnedChoice { drawChoice(pinned) }
        if layout.gapBeforeHelp { row += 1 }
        let casesTop = bottom - layout.cases.count
        for line in layout.help where row < casesTop - (layout.helpCut ? 1 : 0) {
            buffer.write(line.text, row: row, column: 2, style: line.style)
            row += 1
        }
        if layout.helpCut, row < casesTop {
            buffer.write(lang.text("（説明の続きは ? で全文を表示）", "(The help goes on: ? shows all of it)"),
                         row: row, column: 2, style: CellStyle(tone: .accent), limit: width)
            row += 1
        }
        var casesRow = casesTop
        for line in layout.cases {
            buffer.write(line.text, row: casesRow, column: 2 + line.indent, style: line.style, limit: width - line.indent)
            casesRow += 1
        }
    }

    static func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        let count = state.currentNode?.choices.count ?? 0
        return [.init(ListNavigation.digitRange(count), lang.text("回答", "answer")),
                .init("j/k", lang.text("選択", "move")), .init("Enter", lang.text("決定", "choose")),
                .init("b", lang.text("戻る", "back")), .init("c", lang.text("事例", "cases")),
                .init("?", lang.text("ヘルプ", "help")), .init("r", lang.text("最初から", "restart")),
                .init("L", lang.other == .en ? "English" : "日本語"), .init("q", lang.text("終了", "quit"))]
    }
}
