import JCTACore

/// `v` on the result: the current answers under every embedded edition side by side, as `jcta compare` shows
/// them. When another edition asks a question the walk has not answered, the panel asks it here (the digit
/// answers it) and the comparison follows.
public struct ComparisonPanel: Hashable, Sendable {
    public var scroll = 0
    /// Answers given in the panel to questions only another edition asks.
    public var extraAnswers: [String: String] = [:]

    public init() {}

    /// The editions to compare: every embedded one when the screen's rules are embedded, else the screen's own.
    static func editions(_ state: AppState) -> [Questionnaire] {
        EditionCatalog.entry(id: state.questionnaire.edition) != nil ? EditionCatalog.loaded : [state.questionnaire]
    }

    func comparison(_ state: AppState) -> EditionComparison {
        EditionComparison(answers: state.session.answers.merging(extraAnswers) { _, extra in extra },
                          editions: Self.editions(state), studyDate: state.studyDate, screenedOn: state.clock().date)
    }

    /// The first question some edition still needs, with the node that asks it.
    func pendingQuestion(_ state: AppState) -> QuestionNode? {
        for column in comparison(state).columns {
            if case .needsAnswer(let id, _, _, _) = column.verdict,
               let node = Self.editions(state).first(where: { $0.edition == column.edition })?.node(id) {
                return node
            }
        }
        return nil
    }

    mutating func handle(_ intent: Intent, state: AppState) -> Scrolling.PanelAction {
        if case .choose(let number) = intent, let node = pendingQuestion(state), node.choices.indices.contains(number - 1) {
            extraAnswers[node.id] = node.choices[number - 1].id
            scroll = 0
            return .stay
        }
        let frame = PanelFrame(width: state.width, height: state.height)
        return Scrolling.handlePanel(intent, offset: &scroll, lines: lines(state, width: frame.contentWidth).count,
                                     visible: frame.contentRows, closing: [.close, .back, .compare])
    }

    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let lang = state.language
        var lines: [StyledLine] = []
        if let node = pendingQuestion(state) {
            lines += StyledLine.wrapped(lang.text("この版で結果を出すには、次の質問への回答が必要です。番号で答えてください。",
                                                  "An edition needs one more answer for a result. Answer with the number."),
                                        width: width, style: CellStyle(tone: .warning, bold: true))
            lines += StyledLine.wrapped(node.question[lang], width: width, style: .strong, indent: 2)
            for (index, choice) in node.choices.enumerated() {
                lines += StyledLine.wrapped("\(index + 1)  " + choice.label[lang], width: width, indent: 4, hanging: 3)
            }
            lines.append(StyledLine(text: ""))
        }
        for (index, section) in ComparisonSections.body(comparison(state), language: lang).enumerated() {
            if index > 0 { lines.append(StyledLine(text: "")) }
            lines += StyledLine.wrapped(section.title, width: width, style: .strong)
            for item in section.items {
                lines += StyledLine.wrapped("- " + item, width: width, indent: 2, hanging: 2)
            }
        }
        return lines
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: state.language.text("版の比較", "The editions compared"), into: &buffer)
        Scrolling.draw(lines(state, width: frame.contentWidth), offset: scroll, in: frame, into: &buffer)
    }

    func keys(_ state: AppState) -> [KeyBar.Item] {
        let lang = state.language
        var items: [KeyBar.Item] = []
        if let node = pendingQuestion(state) { items.append(.init("1-\(node.choices.count)", lang.text("回答", "answer"))) }
        return items + [.init("j/k", lang.text("スクロール", "scroll")), .init("PgDn", lang.text("次頁", "page")),
                        .init("Esc", lang.text("閉じる", "close")),
                        .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
