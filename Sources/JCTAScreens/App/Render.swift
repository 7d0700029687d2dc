import JCTACore

/// Draws the whole screen for `state`: header, the current screen, the top panel, status line and key bar.
public func render(_ state: AppState, into buffer: inout ScreenBuffer) {
    buffer = ScreenBuffer(width: state.width, height: state.height)
    if state.isTooSmall {
        TooSmallScreen.render(state, into: &buffer)
        return
    }
    HeaderBar.render(state, into: &buffer)
    switch state.phase {
    case .welcome: WelcomeScreen.render(state, into: &buffer)
    case .screening:
        if state.session.result == nil {
            QuestionScreen.render(state, into: &buffer)
        } else {
            ResultScreen.render(state, into: &buffer)
        }
    case .training:
        switch state.training?.session.phase {
        case .choosing?, .offeringWalk?: TrainingScenarioScreen.render(state, into: &buffer)
        case .walking?: TrainingWalkScreen.render(state, into: &buffer)
        case .feedback?: TrainingFeedbackScreen.render(state, into: &buffer)
        case .finished?, nil: TrainingScoreScreen.render(state, into: &buffer)
        }
    }
    switch state.panels.last {
    case .caseList(let panel)?: panel.render(state, into: &buffer)
    case .caseDetail(let panel)?: panel.render(state, into: &buffer)
    case .help(let panel)?: panel.render(state, into: &buffer)
    case .comparison(let panel)?: panel.render(state, into: &buffer)
    case .scenarioText(let panel)?: panel.render(state, into: &buffer)
    case .export(let panel)?: panel.render(state, into: &buffer)
    case .confirm(let confirmation)?: confirmation.render(state, into: &buffer)
    case .trainee(let prompt)?: prompt.render(state, into: &buffer)
    case .adminPIN(let prompt)?: prompt.render(state, into: &buffer)
    case nil: break
    }
    if let seconds = state.kiosk?.countdownSeconds {
        IdleCountdown.render(seconds: seconds, state, into: &buffer)
    }
    let keyTop = KeyBar.render(keys(state), lastRow: state.height - 1, width: state.width, into: &buffer)
    let statusLines = state.statusLines
    for (index, line) in statusLines.enumerated() {
        buffer.write(" " + line, row: keyTop - statusLines.count + index, column: 1,
                     style: CellStyle(tone: state.status?.tone ?? .accent, bold: true), limit: state.width - 2)
    }
}

/// The key bar's items for what is on top; a kiosk shows no way out and offers the next person.
func keys(_ state: AppState) -> [KeyBar.Item] {
    var items = screenKeys(state)
    if AnswersSave.isOffered(state) {
        let save = KeyBar.Item("s", state.language.text("途中保存", "save answers"))
        items.insert(save, at: items.firstIndex { $0.key == "L" } ?? items.endIndex)
    }
    guard let kiosk = state.kiosk else { return items }
    var shown = items.filter { $0.key != "q" && ($0.key != "e" || kiosk.settings.exportTarget != nil) }
    if state.panels.isEmpty, state.phase == .screening, state.session.result != nil {
        shown.insert(.init("n", state.language.text("次の方へ", "next person")), at: 0)
    }
    return shown
}

private func screenKeys(_ state: AppState) -> [KeyBar.Item] {
    let lang = state.language
    switch state.panels.last {
    case .caseList(let panel)?: return panel.keys(lang)
    case .caseDetail(let panel)?: return panel.keys(state)
    case .help?: return HelpPanel.keys(lang)
    case .comparison(let panel)?: return panel.keys(state)
    case .scenarioText?: return ScenarioTextPanel.keys(lang)
    case .export(let panel)?: return panel.keys(lang)
    case .confirm?: return Confirmation.keys(lang)
    case .trainee?: return TraineePrompt.keys(lang)
    case .adminPIN(let prompt)?: return prompt.keys(lang)
    case nil: break
    }
    switch state.phase {
    case .welcome: return WelcomeScreen.keys(state)
    case .screening: return state.session.result == nil ? QuestionScreen.keys(state) : ResultScreen.keys(state)
    case .training:
        guard let session = state.training?.session else { return TrainingScoreScreen.keys(state) }
        switch session.phase {
        case .choosing, .offeringWalk: return TrainingScenarioScreen.keys(session, lang)
        case .walking: return TrainingWalkScreen.keys(state)
        case .feedback: return TrainingFeedbackScreen.keys(session, lang)
        case .finished: return TrainingScoreScreen.keys(state)
        }
    }
}

extension ScreenBuffer {
    /// A buffer of the state's size with the state drawn in it.
    public init(rendering state: AppState) {
        self.init(width: state.width, height: state.height)
        render(state, into: &self)
    }
}

extension AppState {
    /// Rows that are not the screen's own: the header, the status line and the key bar (two rows where its
    /// keys do not fit one), so a screen's content ends above `height - chromeRows`.
    var chromeRows: Int { 1 + max(statusLines.count, 1) + KeyBar.rows(keys(self), width: width).count }

    /// The status message wrapped to the screen (a saved file's name is never cut); at most two rows, which
    /// the screen above gives up while the message shows.
    var statusLines: [String] {
        guard let status else { return [] }
        return Array(TextWrap.lines(status.message(language), width: width - 3).prefix(2))
    }
}
