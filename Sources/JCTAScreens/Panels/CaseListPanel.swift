import JCTACore

/// The casebook entries behind a question or a result (or all of them, from the welcome screen): one per
/// line; Enter opens the highlighted one.
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

    mutating func handle(_ intent: Intent) -> Action {
        switch intent {
        case .moveUp: selected = max(selected - 1, 0)
        case .moveDown: selected = min(selected + 1, max(caseIDs.count - 1, 0))
        case .choose(let number) where number <= caseIDs.count:
            selected = number - 1
            return .open(CaseDetailPanel(caseID: caseIDs[selected]))
        case .activate:
            guard caseIDs.indices.contains(selected) else { return .stay }
            return .open(CaseDetailPanel(caseID: caseIDs[selected]))
        case .close, .back, .cases: return .close
        default: break
        }
        return .stay
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
        let first = Scrolling.clamp(selected - frame.contentRows / 2, lines: caseIDs.count, visible: frame.contentRows)
        for (offset, id) in caseIDs.enumerated().dropFirst(first).prefix(frame.contentRows) {
            let row = frame.contentTop + offset - first
            let number = offset < 9 ? "\(offset + 1) " : "  "
            var line = number + "(\(id))"
            if let entry = state.questionnaire.caseEntry(id) {
                line += " [\(entry.list.shortLabel[lang])] \(entry.summary[lang])"
            }
            buffer.write(DisplayWidth.truncate(line, to: frame.contentWidth), row: row, column: frame.contentLeft)
            if offset == selected {
                buffer.restyle(row: row, from: frame.contentLeft - 1, to: frame.contentLeft + frame.contentWidth + 1, style: .highlighted)
            }
        }
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("j/k", lang.text("選択", "move")), .init("Enter", lang.text("開く", "open")),
         .init("Esc", lang.text("閉じる", "close")), .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
