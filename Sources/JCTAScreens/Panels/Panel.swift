/// A panel drawn over the current screen; Esc closes the top one.
public enum Panel: Hashable, Sendable {
    case caseList(CaseListPanel)
    case caseDetail(CaseDetailPanel)
    case help(HelpPanel)
    case comparison(ComparisonPanel)
    case scenarioText(ScenarioTextPanel)
    case export(ExportPanel)
    case confirm(Confirmation)
    case trainee(TraineePrompt)
    case adminPIN(AdminPINPrompt)

    var inputContext: KeyMap.Context {
        switch self {
        case .caseList, .caseDetail, .help, .comparison, .scenarioText: .commands
        case .export(let panel): panel.inputContext
        case .confirm: .confirmation
        case .trainee, .adminPIN: .text
        }
    }
}

/// Where a panel sits: a framed box inside the screen, clear of the header row, status line and key bar.
struct PanelFrame {
    let top: Int
    let left: Int
    let bottom: Int
    let right: Int

    init(width: Int, height: Int) {
        top = 1
        left = 2
        bottom = height - 3
        right = width - 3
    }

    /// A smaller box, centred, for short questions (confirmations).
    init(width: Int, height: Int, contentRows: Int, maximumWidth: Int) {
        let boxWidth = min(width - 6, maximumWidth)
        left = (width - boxWidth) / 2
        right = left + boxWidth - 1
        top = max((height - contentRows - 2) / 2, 1)
        bottom = top + contentRows + 1
    }

    var contentLeft: Int { left + 2 }
    var contentWidth: Int { right - left - 3 }
    var contentTop: Int { top + 1 }
    var contentRows: Int { bottom - top - 1 }

    /// Draws the box with its title set into the top edge, with a blank column either side so the
    /// screen beneath does not run into the frame.
    func draw(title: String, into buffer: inout ScreenBuffer) {
        for row in top...bottom {
            buffer.clear(row: row, from: left - 1, to: left)
            buffer.clear(row: row, from: right + 1, to: right + 2)
        }
        buffer.box(top: top, left: left, bottom: bottom, right: right)
        let shown = " " + DisplayWidth.truncate(title, to: contentWidth - 2) + " "
        buffer.write(shown, row: top, column: left + 2, style: .strong)
    }
}

/// Scrolling for panels that show wrapped text longer than their box.
enum Scrolling {
    static func clamp(_ offset: Int, lines: Int, visible: Int) -> Int {
        min(max(offset, 0), max(lines - visible, 0))
    }

    /// The offset after a scrolling intent; nil when the intent does not scroll.
    static func apply(_ intent: Intent, to offset: Int, lines: Int, visible: Int) -> Int? {
        let page = max(visible - 1, 1)
        switch intent {
        case .moveUp: return clamp(offset - 1, lines: lines, visible: visible)
        case .moveDown: return clamp(offset + 1, lines: lines, visible: visible)
        case .pageUp: return clamp(offset - page, lines: lines, visible: visible)
        case .pageDown: return clamp(offset + page, lines: lines, visible: visible)
        case .home: return 0
        case .end: return clamp(lines, lines: lines, visible: visible)
        default: return nil
        }
    }

    /// What a panel that only shows text does after a key.
    enum PanelAction {
        case stay
        case close
    }

    /// The keys of a panel that only shows text (a casebook entry, the help): scrolling keys move `offset`,
    /// the `closing` intents close it, anything else leaves it as it is.
    static func handlePanel(_ intent: Intent, offset: inout Int, lines: Int, visible: Int,
                            closing: Set<Intent>) -> PanelAction {
        if let moved = apply(intent, to: offset, lines: lines, visible: visible) {
            offset = moved
            return .stay
        }
        return closing.contains(intent) ? .close : .stay
    }

    /// Draws `lines` from `offset` into the frame's content area, with a position note when they do not fit.
    static func draw(_ lines: [StyledLine], offset: Int, in frame: PanelFrame, into buffer: inout ScreenBuffer) {
        let offset = clamp(offset, lines: lines.count, visible: frame.contentRows)
        for (index, line) in lines.dropFirst(offset).prefix(frame.contentRows).enumerated() {
            buffer.write(line.text, row: frame.contentTop + index, column: frame.contentLeft + line.indent,
                         style: line.style, limit: frame.contentWidth - line.indent)
        }
        if lines.count > frame.contentRows {
            let last = min(offset + frame.contentRows, lines.count)
            let note = " \(offset + 1)-\(last)/\(lines.count) "
            buffer.write(note, row: frame.bottom, column: frame.right - 1 - DisplayWidth.of(note), style: .muted)
        }
    }
}
