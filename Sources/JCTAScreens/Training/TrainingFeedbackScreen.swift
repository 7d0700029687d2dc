import JCTACore

/// After a pick (and perhaps a walk): right or not, the right class, then — scrolling — the verdict and why a
/// wrong pick was wrong, the walk compared, the path that decides it (rows that rule out the pick
/// highlighted), the cases and articles, caveats and the teaching point, as `TrainingFeedback` lays them out.
enum TrainingFeedbackScreen {
    static let headerRows = 3

    /// Whether a section is the deciding path: one row per step of the key's path, each led by its question's
    /// number.
    static func isPath(_ section: ResultSections.Section, _ feedback: TrainingFeedback, _ lang: Language) -> Bool {
        section.items.count == feedback.key.path.count
            && zip(section.items, feedback.key.path).allSatisfy { item, step in
                item.dropFirst().hasPrefix(QuestionNode.numberLabel(step.number, lang) + " ")
            }
    }

    static func lines(_ feedback: TrainingFeedback, _ lang: Language, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for section in feedback.sections(lang) {
            if !lines.isEmpty { lines.append(StyledLine(text: "")) }
            lines.append(StyledLine(text: section.title, style: CellStyle(tone: .accent, bold: true)))
            let path = isPath(section, feedback, lang)
            for item in section.items {
                let decisive = path && item.hasPrefix("*")
                let style = decisive ? CellStyle(tone: .warning, bold: true, reverse: true) : .plain
                // A path row wraps under its question's words: past the mark and the number (" 問12 ", "*Q8 ").
                let hanging = path ? 1 + DisplayWidth.of(String(item.dropFirst().prefix { $0 != " " })) + 1 : 2
                lines += StyledLine.wrapped(path ? item : "- " + item, width: width, style: style, indent: 1, hanging: hanging)
            }
        }
        return lines
    }

    static func bodyRows(_ state: AppState) -> Int {
        max(state.height - state.chromeRows - (1 + headerRows), 1)
    }

    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard var round = state.training, let feedback = round.session.feedback else { return [] }
        switch intent {
        case .activate, .next:
            round.perform { session throws(TrainingSession.OutOfTurn) in try session.next() }
        case .moveUp, .moveDown, .pageUp, .pageDown, .home, .end:
            let count = lines(feedback, state.language, width: state.width - 4).count
            round.scroll = Scrolling.apply(intent, to: round.scroll, lines: count, visible: bodyRows(state)) ?? round.scroll
        case .cases: state.panels.append(.caseList(CaseListPanel(caseIDs: feedback.citedCases.map(\.id))))
        case .help: state.panels.append(.help(HelpPanel()))
        case .scenarioText: state.panels.append(.scenarioText(ScenarioTextPanel()))
        default: break
        }
        state.training = round
        return []
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let round = state.training, let feedback = round.session.feedback else { return }
        let lang = state.language
        let session = round.session
        let verdict = feedback.isCorrect ? lang.text(" 正解 ", " Correct ") : lang.text(" 不正解 ", " Not correct ")
        let verdictStyle = CellStyle(tone: feedback.isCorrect ? .accent : .warning, bold: true, reverse: true)
        let column = buffer.write(verdict, row: 1, column: 2, style: verdictStyle)
        let about = " [\(session.index + 1)/\(session.items.count)] " + feedback.scenario.title[lang]
        buffer.write(DisplayWidth.truncate(about, to: state.width - column - 2), row: 1, column: column, style: .muted)
        // Both classes in the same (short) words, so one line never calls one class by two names.
        let answer = lang.text("正しい分類: ", "The class: ") + feedback.key.classification.shortLabel[lang]
            + lang.text("　あなたの選択: ", "   your pick: ") + feedback.picked.shortLabel[lang]
        buffer.write(DisplayWidth.truncate(answer, to: state.width - 4), row: 2, column: 2,
                     style: CellStyle(tone: ResultScreen.tone(feedback.key.classification), bold: true))
        buffer.horizontalRule(row: 3, from: 1, to: state.width - 1, style: .muted)
        let body = lines(feedback, lang, width: state.width - 4)
        let rows = bodyRows(state)
        let scroll = Scrolling.clamp(round.scroll, lines: body.count, visible: rows)
        for (index, line) in body.dropFirst(scroll).prefix(rows).enumerated() {
            buffer.write(line.text, row: 4 + index, column: 2 + line.indent, style: line.style, limit: state.width - 4 - line.indent)
        }
        if body.count > rows {
            let note = " \(scroll + 1)-\(min(scroll + rows, body.count))/\(body.count) "
            buffer.write(note, row: 3, column: state.width - 2 - DisplayWidth.of(note), style: .muted)
        }
    }

    static func keys(_ session: TrainingSession, _ lang: Language) -> [KeyBar.Item] {
        let last = session.index + 1 == session.items.count
        return [.init("Enter", last ? lang.text("採点へ", "score") : lang.text("次の設問", "next")),
                .init("j/k", lang.text("スクロール", "scroll")), .init("t", lang.text("設問文", "exercise")),
                .init("c", lang.text("事例", "cases")), .init("?", lang.text("ヘルプ", "help")), .init("L", lang.other == .en ? "English" : "日本語"),
                .init("q", lang.text("終了", "quit"))]
    }
}
