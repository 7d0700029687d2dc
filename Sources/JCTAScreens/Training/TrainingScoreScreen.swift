import JCTACore

/// The end of a round: the score, each scenario's pick against the class, the breakdown by list and topic,
/// and `e` to save the score sheet for the trainer (Markdown or JSON) through the export panel.
enum TrainingScoreScreen {
    static func lines(_ state: AppState, _ session: TrainingSession) -> [StyledLine] {
        let lang = state.language
        let width = state.width - 4
        let score = session.score
        var lines = [StyledLine(text: TrainingScoreText.total(score, language: lang), style: .strong)]
        if let trainee = session.trainee {
            lines.append(StyledLine(text: DisplayWidth.truncate(lang.text("受講者: ", "Trainee: ") + trainee, to: width)))
        }
        let topics = session.selection.filters.map { TrainingTags.label($0)[lang] }
        lines += StyledLine.wrapped(lang.text("シード: ", "Seed: ") + "\(session.selection.seed)"
                                    + (topics.isEmpty ? "" : lang.text("　分野の絞り込み: ", "   topics: ")
                                       + topics.joined(separator: lang.text("、", ", "))), width: width)
        lines.append(StyledLine(text: ""))
        lines.append(StyledLine(text: lang.text("設問ごと", "Exercises"), style: CellStyle(tone: .accent, bold: true)))
        for (index, record) in session.records.enumerated() {
            let verdict = record.isCorrect ? lang.text("正解", "right") : lang.text("不正解", "wrong")
            let text = "\(index + 1). \(record.title[lang])  \(verdict): " + lang.text("回答 ", "picked ")
                + (record.picked?.shortLabel[lang] ?? lang.text("（なし）", "(none)"))
                + lang.text("／正解 ", ", expected ") + record.expected.shortLabel[lang]
            lines += StyledLine.wrapped(text, width: width, style: record.isCorrect ? .plain : CellStyle(tone: .warning),
                                        indent: 1, hanging: 3)
        }
        lines.append(StyledLine(text: ""))
        lines.append(StyledLine(text: lang.text("分野別", "By topic"), style: CellStyle(tone: .accent, bold: true)))
        let names = score.byTag.map { TrainingTags.label($0.tag)[lang] }
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        for (tally, name) in zip(score.byTag, names) {
            let padding = String(repeating: " ", count: nameWidth - DisplayWidth.of(name) + 2)
            lines.append(StyledLine(text: name + padding + "\(tally.correct)/\(tally.total)", indent: 1))
        }
        return lines
    }

    static func bodyRows(_ state: AppState) -> Int {
        max(state.height - state.chromeRows - 3, 1)
    }

    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard var round = state.training else { return [] }
        switch intent {
        case .export:
            if let destination = state.exportDestination {
                var panel = ExportPanel(subject: .scoreSheet, destination: destination)
                panel.sheetOwner = .init(trainee: round.session.trainee, seed: round.session.selection.seed)
                state.panels.append(.export(panel))
            }
            return []
        case .activate, .next:
            guard state.kiosk == nil else { return state.resetForNextPerson() }
            if intent == .activate {
                state.training = nil
                state.phase = .welcome
            }
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown, .home, .end:
            let count = lines(state, round.session).count
            round.scroll = Scrolling.apply(intent, to: round.scroll, lines: count, visible: bodyRows(state)) ?? round.scroll
        case .help: state.panels.append(.help(HelpPanel()))
        default: break
        }
        state.training = round
        return []
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let round = state.training else { return }
        let lang = state.language
        let column = buffer.write(lang.text(" 研修の結果 ", " Training score "), row: 1, column: 2, style: CellStyle(tone: .accent, bold: true, reverse: true))
        let q = round.session.questionnaire
        // The edition's title when it fits whole; its number alone otherwise (never a cut title).
        let edition = " " + lang.text("版 \(q.edition) \(q.title[lang])", "Edition \(q.edition) \(q.title[lang])")
        buffer.write(DisplayWidth.of(edition) <= state.width - column - 2 ? edition : " " + lang.text("版 \(q.edition)", "Edition \(q.edition)"),
                     row: 1, column: column, style: .muted)
        buffer.horizontalRule(row: 2, from: 1, to: state.width - 1, style: .muted)
        let body = lines(state, round.session)
        let rows = bodyRows(state)
        let scroll = Scrolling.clamp(round.scroll, lines: body.count, visible: rows)
        for (index, line) in body.dropFirst(scroll).prefix(rows).enumerated() {
            buffer.write(line.text, row: 3 + index, column: 2 + line.indent, style: line.style, limit: state.width - 4 - line.indent)
        }
        if body.count > rows {
            let note = " \(scroll + 1)-\(min(scroll + rows, body.count))/\(body.count) "
            buffer.write(note, row: 2, column: state.width - 2 - DisplayWidth.of(note), style: .muted)
        }
    }

    static func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        var items: [KeyBar.Item] = []
        if state.exportDestination != nil { items.append(.init("e", lang.text("採点表を保存", "save the sheet"))) }
        items.append(state.kiosk == nil ? .init("Enter", lang.text("最初の画面へ", "to the start"))
                                        : .init("n", lang.text("次の方へ", "next person")))
        return items + [.init("j/k", lang.text("スクロール", "scroll")), .init("L", lang.other == .en ? "English" : "日本語"),
                        .init("q", lang.text("終了", "quit"))]
    }
}
