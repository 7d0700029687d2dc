import JCTACore

/// The result: the class as a coloured headline, then — scrolling — the reason, the facts to confirm, the
/// path of answers (any step can be reopened), the cases, caveats and what follows, as `ResultSections`
/// lays them out for the exports too.
public enum ResultScreen {
    /// Which step of the path is highlighted (none until j/k or Enter picks one), and how far the body is
    /// scrolled.
    public struct Position: Hashable, Sendable {
        public var selectedStep: Int?
        public var scroll = 0

        public init(selectedStep: Int? = nil, scroll: Int = 0) {
            self.selectedStep = selectedStep
            self.scroll = scroll
        }
    }

    /// A body line; path lines know their step so it can be highlighted and reopened.
    struct BodyLine {
        var line: StyledLine
        var step: Int?
        /// Set on a section's title: its number from 1, the digit that scrolls to it.
        var section: Int?
    }

    static func tone(_ classification: Classification) -> CellStyle.Tone {
        switch classification {
        case .specified: .specified
        case .clinical: .clinical
        case .outOfScope: .outOfScope
        case .consult: .consult
        }
    }

    /// The path section's title, as `ResultSections` names it (its sections carry no kind).
    static func isPathSection(_ section: ResultSections.Section, _ lang: Language) -> Bool {
        section.title == lang.text("回答の経過", "Path of answers")
    }

    static func header(_ sections: ResultSections, width: Int) -> [StyledLine] {
        StyledLine.wrapped(sections.headline, width: width, style: .strong)
    }

    static func body(_ state: AppState, _ sections: ResultSections, width: Int) -> [BodyLine] {
        let lang = state.language
        var lines: [BodyLine] = StyledLine.wrapped(sections.explanation, width: width).map { BodyLine(line: $0) }
        for (number, section) in zip(1..., sections.sections) {
            lines.append(BodyLine(line: StyledLine(text: "")))
            let title = number <= 9 ? "\(number) " + section.title : section.title
            lines.append(BodyLine(line: StyledLine(text: title, style: CellStyle(tone: .accent, bold: true)), section: number))
            let isPath = isPathSection(section, lang)
            for (index, item) in section.items.enumerated() {
                let text = isPath ? item : "- " + item
                // A path step wraps under its question's words, past its number (「問12 」, "Q8 ").
                let hanging = isPath ? DisplayWidth.of(String(item.prefix { $0 != " " })) + 1 : 2
                for line in StyledLine.wrapped(text, width: width, indent: 2, hanging: hanging) {
                    lines.append(BodyLine(line: line, step: isPath ? index : nil))
                }
            }
        }
        lines.append(BodyLine(line: StyledLine(text: "")))
        let period = "(\(EditionPeriodWords.text(state.session.result?.effectivePeriod ?? "", lang)))"
        for stamp in sections.stamp {
            lines += StyledLine.wrapped(stamp, width: width, style: .muted, keepingWhole: [period]).map { BodyLine(line: $0) }
        }
        return lines
    }

    /// Rows the header takes (badge row, headline, rule) and rows left for the body.
    static func layout(_ state: AppState, _ sections: ResultSections) -> (headerRows: Int, bodyTop: Int, bodyRows: Int) {
        let headerRows = 1 + header(sections, width: state.width - 4).count
        let bodyTop = 1 + headerRows + 1
        return (headerRows, bodyTop, max(state.height - state.chromeRows - bodyTop, 1))
    }

    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard let result = state.session.result, let document = state.document else { return [] }
        let sections = ResultSections(document)
        let lines = body(state, sections, width: state.width - 4)
        let rows = layout(state, sections).bodyRows
        switch intent {
        case .moveUp, .moveDown:
            // The first j or k picks the first answer: the path is read from the top.
            let step = state.result.selectedStep.map { $0 + (intent == .moveUp ? -1 : 1) } ?? 0
            state.result.selectedStep = min(max(step, 0), result.path.count - 1)
            if let first = lines.firstIndex(where: { $0.step == state.result.selectedStep }),
               let last = lines.lastIndex(where: { $0.step == state.result.selectedStep }) {
                if first < state.result.scroll { state.result.scroll = first }
                if last >= state.result.scroll + rows { state.result.scroll = last - rows + 1 }
            }
        case .pageUp, .pageDown, .home, .end:
            state.result.scroll = Scrolling.apply(intent, to: state.result.scroll, lines: lines.count, visible: rows) ?? 0
        case .choose(let number):
            if let line = lines.firstIndex(where: { $0.section == number }) {
                state.result.scroll = Scrolling.clamp(line, lines: lines.count, visible: rows)
            }
        case .activate:
            // Enter reopens only an answer the user can see; otherwise it first brings the highlight into view.
            // With nothing picked yet it picks the first answer and shows it; it reopens nothing.
            let scroll = Scrolling.clamp(state.result.scroll, lines: lines.count, visible: rows)
            guard let selected = state.result.selectedStep else {
                state.result.selectedStep = 0
                if let first = lines.firstIndex(where: { $0.step == 0 }) {
                    state.result.scroll = Scrolling.clamp(max(first - 1, 0), lines: lines.count, visible: rows)
                }
                break
            }
            guard let first = lines.firstIndex(where: { $0.step == selected }) else { break }
            if first < scroll || first >= scroll + rows {
                state.result.scroll = Scrolling.clamp(first, lines: lines.count, visible: rows)
                break
            }
            state.session.reopen(step: selected)
            state.choiceHighlight = state.session.suggestedChoiceIndex
        case .back:
            state.session.back()
            state.choiceHighlight = state.session.suggestedChoiceIndex
        case .restart: state.panels.append(.confirm(Confirmation(.restart)))
        case .cases: state.panels.append(.caseList(CaseListPanel(caseIDs: result.cases)))
        case .help: state.panels.append(.help(HelpPanel()))
        case .compare: state.panels.append(.comparison(ComparisonPanel()))
        case .export:
            if let destination = state.exportDestination { state.panels.append(.export(ExportPanel(destination: destination))) }
        case .next where state.kiosk != nil:
            return state.resetForNextPerson()
        default: break
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let result = state.session.result, let document = state.document else { return }
        let sections = ResultSections(document)
        let width = state.width - 4
        let (_, bodyTop, bodyRows) = layout(state, sections)
        let classTone = tone(result.classification)
        buffer.write(" " + sections.classLine + " ", row: 1, column: 2, style: CellStyle(tone: classTone, bold: true, reverse: true))
        var row = 2
        for line in header(sections, width: width) {
            buffer.write(line.text, row: row, column: 2, style: CellStyle(tone: classTone, bold: true))
            row += 1
        }
        buffer.horizontalRule(row: row, from: 1, to: state.width - 1, style: .muted)

        let lines = body(state, sections, width: width)
        let scroll = Scrolling.clamp(state.result.scroll, lines: lines.count, visible: bodyRows)
        for (index, entry) in lines.dropFirst(scroll).prefix(bodyRows).enumerated() {
            let y = bodyTop + index
            buffer.write(entry.line.text, row: y, column: 2 + entry.line.indent, style: entry.line.style)
            if let step = entry.step, step == state.result.selectedStep {
                buffer.restyle(row: y, from: 3, to: state.width - 2, style: .highlighted)
            }
        }
        if lines.count > bodyRows {
            let note = " \(scroll + 1)-\(min(scroll + bodyRows, lines.count))/\(lines.count) "
            buffer.write(note, row: bodyTop - 1, column: state.width - 2 - DisplayWidth.of(note), style: .muted)
        }
    }

    static func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        let sections = state.document.map { min(ResultSections($0).sections.count, 9) } ?? 1
        return [.init("e", lang.text("保存", "save")), .init(ListNavigation.digitRange(sections), lang.text("節", "section")),
                .init("j/k", lang.text("回答", "answers")), .init("Enter", lang.text("直す", "change")),
                .init("b", lang.text("戻る", "back")),
                .init("PgDn", lang.text("次頁", "page")), .init("c", lang.text("事例", "cases")),
                .init("?", lang.text("ヘルプ", "help")), .init("r", lang.text("最初から", "restart")),
                .init("v", lang.text("版の比較", "editions")),
                .init("L", lang.other == .en ? "English" : "日本語"), .init("q", lang.text("終了", "quit"))]
    }
}
