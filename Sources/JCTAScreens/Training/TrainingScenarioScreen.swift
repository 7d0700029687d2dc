import JCTACore

/// A training scenario: the study as a coordinator would read it, then the four classes (1-4); once a class
/// is picked, the offer to walk the decision tree first (1) or go straight to the answer (2). The scenario's
/// id and tags stay hidden until the feedback: they would give the answer away.
enum TrainingScenarioScreen {
    static func handle(_ intent: Intent, state: inout AppState) -> [Effect] {
        guard var round = state.training else { return [] }
        let count = options(round.session, state.language).count
        switch intent {
        case .choose(let number) where number <= count: pick(number - 1, &round)
        case .activate: pick(round.highlight, &round)
        case .moveUp: round.highlight = max(round.highlight - 1, 0)
        case .moveDown: round.highlight = min(round.highlight + 1, count - 1)
        case .pageUp, .pageDown, .home, .end:
            let (lines, visible) = description(state, round)
            round.scroll = Scrolling.apply(intent, to: round.scroll, lines: lines.count, visible: visible) ?? round.scroll
        case .help: state.panels.append(.help(HelpPanel()))
        default: break
        }
        state.training = round
        return []
    }

    private static func pick(_ index: Int, _ round: inout TrainingRound) {
        switch round.session.phase {
        case .choosing:
            round.perform { session throws(TrainingSession.OutOfTurn) in try session.choose(TrainingPrompts.classes[index]) }
        case .offeringWalk:
            round.perform { session throws(TrainingSession.OutOfTurn) in
                if index == 0 { try session.startWalk() } else { try session.skipWalk() }
            }
        default: break
        }
    }

    /// The numbered options of the phase: the classes, or walk / skip.
    static func options(_ session: TrainingSession, _ lang: Language) -> [String] {
        if session.phase == .offeringWalk {
            return [lang.text("判定ツリーを自分でたどる（質問に答えて確かめる）", "Walk the decision tree (answer its questions)"),
                    lang.text("たどらずに答え合わせをする", "Skip to the answer")]
        }
        return TrainingPrompts.classes.map { $0.label[lang] }
    }

    /// The block under the description: a prompt line (after a pick, the pick too) and the options.
    static func choiceBlock(_ session: TrainingSession, _ lang: Language) -> [StyledLine] {
        var lines: [StyledLine] = []
        if session.phase == .offeringWalk, let picked = session.picked {
            lines.append(StyledLine(text: lang.text("あなたの選択: ", "Your pick: ") + picked.label[lang], style: CellStyle(tone: .accent, bold: true)))
            lines.append(StyledLine(text: lang.text("答え合わせの前に判定ツリーをたどりますか？", "Walk the decision tree before the answer?"), style: .strong))
        } else {
            lines.append(StyledLine(text: lang.text("この研究の分類は？", "How is this study classified?"), style: .strong))
        }
        for (index, option) in options(session, lang).enumerated() {
            lines.append(StyledLine(text: "\(index + 1). " + option, indent: 1))
        }
        return lines
    }

    /// The wrapped description and how many of its rows fit above the choice block.
    static func description(_ state: AppState, _ round: TrainingRound) -> (lines: [StyledLine], visible: Int) {
        let lang = state.language
        let text = round.session.current?.scenario.description[lang] ?? ""
        let blockTop = state.height - state.chromeRows - choiceBlock(round.session, lang).count
        return (StyledLine.wrapped(text, width: state.width - 4), max(blockTop - 1 - 3, 1))
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let round = state.training else { return }
        let lang = state.language
        let session = round.session
        let badge = lang.text(" [\(session.index + 1)/\(session.items.count)] 設問 ", " [\(session.index + 1)/\(session.items.count)] Exercise ")
        var column = buffer.write(badge, row: 1, column: 1, style: CellStyle(tone: .accent, bold: true))
        if let trainee = session.trainee {
            column = buffer.write(DisplayWidth.truncate(" " + lang.text("受講者: ", "Trainee: ") + trainee, to: state.width - column - 2),
                                  row: 1, column: column, style: .muted)
        }
        let (lines, visible) = description(state, round)
        let scroll = Scrolling.clamp(round.scroll, lines: lines.count, visible: visible)
        for (index, line) in lines.dropFirst(scroll).prefix(visible).enumerated() {
            buffer.write(line.text, row: 3 + index, column: 2, style: line.style)
        }
        if lines.count > visible {
            let note = " \(scroll + 1)-\(min(scroll + visible, lines.count))/\(lines.count) "
            buffer.write(note, row: 2, column: state.width - 2 - DisplayWidth.of(note), style: .muted)
        }
        let block = choiceBlock(session, lang)
        let optionsStart = block.count - options(session, lang).count
        var row = state.height - state.chromeRows - block.count
        for (index, line) in block.enumerated() {
            buffer.write(line.text, row: row, column: 2 + line.indent, style: line.style, limit: state.width - 4 - line.indent)
            if index - optionsStart == round.highlight {
                buffer.restyle(row: row, from: 2, to: state.width - 2, style: .highlighted)
            }
            row += 1
        }
    }

    static func keys(_ session: TrainingSession, _ lang: Language) -> [KeyBar.Item] {
        let pick: KeyBar.Item = session.phase == .offeringWalk
            ? .init("1/2", lang.text("たどる/答え合わせ", "walk/skip")) : .init("1-4", lang.text("分類", "class"))
        return [pick, .init("j/k", lang.text("選択", "move")), .init("Enter", lang.text("決定", "take")),
                .init("PgDn", lang.text("下へ", "more")), .init("?", lang.text("ヘルプ", "help")),
                .init("L", lang.other == .en ? "English" : "日本語"), .init("q", lang.text("終了", "quit"))]
    }
}
