import JCTACore

/// The casebook entries behind a question or a result (or all of them, from the welcome screen): each
/// entry in full, wrapped; Enter or its digit opens it.
public struct CaseListPanel: Hashable, Sendable {
    public var caseIDs: [String]
    public var selected = 0

    public init(caseIDs: [String]) {
        self.caseIDs = caseIDs
    }

    enum Action {
        case stay
        case close
        case open(CaseDetailPanel)
    }

    mutating func handle(_ intent: Intent, state: AppState) -> Action {
        let frame = PanelFrame(width: state.width, height: state.height)
        if let moved = ListNavigation.move(intent, from: selected, count: caseIDs.count, page: max(frame.contentRows / 2, 1)) {
            selected = moved
            return .stay
        }
        switch intent {
        case .choose(let number) where number <= caseIDs.count:
            selected = number - 1
            return .open(CaseDetailPanel(caseID: caseIDs[selected]))
        case .activate:
            guard caseIDs.indices.contains(selected) else { return .stay }
            return .open(CaseDetailPanel(caseID: caseIDs[selected]))
        case .close, .back, .cases: return .close
        default: return .stay
        }
    }

    /// One entry's lines: its digit (the first nine), its number, list and our summary, never cut.
    func entryLines(_ index: Int, _ state: AppState, width: Int) -> [String] {
        let lang = state.language
        let id = caseIDs[index]
        let digit = index < 9 ? "\(index + 1)" : " "
        var text = "\(digit)  (\(id))"
        if let entry = state.questionnaire.caseEntry(id) {
            text += " [\(entry.list.shortLabel[lang])] \(entry.summary[lang])"
        }
        return StyledLine.wrapped(text, width: width, hanging: 3).map { String(repeating: " ", count: $0.indent) + $0.text }
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: lang.text("事例集の事例", "Casebook entries"), into: &buffer)
        guard !caseIDs.isEmpty else {
            buffer.write(lang.text("この質問に関係する事例はありません。", "No casebook entries are cited here."),
                         row: frame.contentTop, column: frame.contentLeft, limit: frame.contentWidth)
            return
        }
        let entries = caseIDs.indices.map { entryLines($0, state, width: frame.contentWidth) }
        let first = ListNavigation.firstShown(selected: selected, rows: entries.map(\.count), visible: frame.contentRows)
        var row = frame.contentTop
        for index in first..<entries.count {
            let lines = entries[index]
            // Only whole entries: a cut one would read as a different case.
            guard row + lines.count <= frame.contentTop + frame.contentRows || index == selected else { break }
            for line in lines where row < frame.contentTop + frame.contentRows {
                buffer.write(line, row: row, column: frame.contentLeft, limit: frame.contentWidth)
                if index == selected {
                    buffer.restyle(row: row, from: frame.contentLeft - 1, to: frame.contentLeft + frame.contentWidth + 1, style: .highlighted)
                }
                row += 1
            }
        }
        if caseIDs.count > 1 {
            let note = " \(selected + 1)/\(caseIDs.count) "
            buffer.write(note, row: frame.bottom, column: frame.right - 1 - DisplayWidth.of(note), style: .muted)
        }
    }

    func keys(_ lang: Language) -> [KeyBar.Item] {
        // With no entries there is nothing to open or move between: only closing and the language remain.
        guard !caseIDs.isEmpty else {
            return [.init("Esc", lang.text("閉じる", "close")), .init("L", lang.other == .en ? "English" : "日本語")]
        }
        return [.init(ListNavigation.digitRange(caseIDs.count), lang.text("開く", "open")),
         .init("j/k", lang.text("選択", "move")), .init("PgDn", lang.text("次頁", "page")),
         .init("Enter", lang.text("開く", "open")), .init("Esc", lang.text("閉じる", "close")),
         .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
