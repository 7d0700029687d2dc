import JCTACore

/// Applies one intent to the state and returns the work the runtime must do. Never touches the terminal
/// or the file system, so every transition is testable.
public func update(_ state: inout AppState, _ intent: Intent) -> [Effect] {
    switch intent {
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return []
    case .tick:
        if var status = state.status {
            status.ticksLeft -= 1
            state.status = status.ticksLeft > 0 ? status : nil
        }
        if var kiosk = state.kiosk {
            let idleOver = kiosk.tick()
            state.kiosk = kiosk
            if idleOver { return state.resetForNextPerson() }
        }
        return []
    case .writeFinished(let path, let failure):
        if state.kiosk != nil { return KioskExport.finished(path: path, failure: failure, state: &state) }
        return finishWrite(path: path, failure: failure, state: &state)
    case .printFinished(let failure):
        return KioskExport.printed(failure: failure, state: &state)
    default:
        break
    }
    if var kiosk = state.kiosk {
        // Any key means someone is here; during the countdown it only cancels it, so a startled user's
        // key does not also answer a question.
        let cancelsCountdown = kiosk.countdownSeconds != nil
        kiosk.keyPressed()
        state.kiosk = kiosk
        if cancelsCountdown { return [] }
        switch intent {
        case .quit: return []
        case .admin:
            if !state.panels.contains(where: { if case .adminPIN = $0 { true } else { false } }) {
                state.panels.append(.adminPIN(AdminPINPrompt()))
            }
            return []
        default: break
        }
    }
    if intent == .otherKey || intent == .admin { return [] }
    if state.isTooSmall { return [] }
    if state.inputContext == .commands {
        switch intent {
        case .toggleLanguage:
            state.language = state.language.other
            return []
        case .quit:
            return requestQuit(&state)
        default:
            break
        }
    }
    let hadResult = state.session.result != nil
    let screenBefore = state.screenIdentity
    let statusBefore = state.status
    let effects = dispatch(&state, intent)
    if !hadResult, state.session.result != nil { state.kiosk?.resultReached() }
    // A note about the screen it was shown on (「保存しました」) does not outlive that screen.
    if state.status == statusBefore, state.screenIdentity != screenBefore { state.status = nil }
    return effects
}

private func dispatch(_ state: inout AppState, _ intent: Intent) -> [Effect] {
    if !state.panels.isEmpty { return updateTopPanel(&state, intent) }
    switch state.phase {
    case .welcome:
        return WelcomeScreen.handle(intent, state: &state)
    case .screening:
        if intent == .saveAnswers { return AnswersSave.open(&state) }
        return state.session.result == nil
            ? QuestionScreen.handle(intent, state: &state)
            : ResultScreen.handle(intent, state: &state)
    case .training:
        switch state.training?.session.phase {
        case .choosing?, .offeringWalk?: return TrainingScenarioScreen.handle(intent, state: &state)
        case .walking?: return TrainingWalkScreen.handle(intent, state: &state)
        case .feedback?: return TrainingFeedbackScreen.handle(intent, state: &state)
        case .finished?, nil: return TrainingScoreScreen.handle(intent, state: &state)
        }
    }
}

private func requestQuit(_ state: inout AppState) -> [Effect] {
    if case .confirm? = state.panels.last { return [] }
    if state.keepsTrainingSheetOnQuit, state.phase == .training, let round = state.training,
       round.session.phase != .finished, round.session.hasAnswers {
        // The name shown is the name written (the runner writes the sheet after the screen closes).
        let now = state.clock()
        let path = state.trainingSheetOnQuit
            ?? ScoreSheetFileName.make(trainee: round.session.trainee, seed: round.session.selection.seed, date: now.date,
                                       time: now.timeWithSeconds, extension: state.trainingSheetExtension)
        state.trainingSheetOnQuit = path
        state.panels.append(.confirm(Confirmation(.quitRound(keepingSheetAt: path))))
        return []
    }
    guard state.wouldLoseAnswers else { return [.exit(0)] }
    state.panels.append(.confirm(Confirmation(.quit)))
    return []
}

private func updateTopPanel(_ state: inout AppState, _ intent: Intent) -> [Effect] {
    guard let top = state.panels.popLast() else { return [] }
    switch top {
    case .caseList(var panel):
        switch panel.handle(intent, state: state) {
        case .stay: state.panels.append(.caseList(panel))
        case .close: break
        case .open(let detail): state.panels += [.caseList(panel), .caseDetail(detail)]
        }
    case .caseDetail(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.caseDetail(panel)) }
    case .help(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.help(panel)) }
    case .comparison(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.comparison(panel)) }
    case .scenarioText(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.scenarioText(panel)) }
    case .confirm(let confirmation):
        switch intent {
        case .yes:
            switch confirmation.action {
            case .quit: return [.exit(0)]
            case .quitRound(let path):
                state.training?.keptOnQuit = path
                return [.exit(0)]
            case .restart:
                state.session.restart()
                // A new screening is a new study: the last study's title must not stand on its result.
                state.studyTitle = ""
                state.panels.removeAll()
                state.phase = .screening
                state.choiceHighlight = state.session.suggestedChoiceIndex
                state.result = ResultScreen.Position()
            }
        case .no, .close: break
        default: state.panels.append(top)
        }
    case .export(var panel):
        switch panel.handle(intent, studyTitle: state.studyTitle, now: state.clock()) {
        case .stay: state.panels.append(.export(panel))
        case .close: break
        case .write(let path, let overwrite, let title):
            if let title { state.studyTitle = title }
            state.panels.append(.export(panel))
            guard let text = exportText(state, panel) else { return [] }
            return [.write(text: text, path: path, overwrite: overwrite)]
        case .deliver(let title):
            if let title { state.studyTitle = title }
            state.panels.append(.export(panel))
            return KioskExport.deliver(&state)
        }
    case .trainee(var prompt):
        switch prompt.handle(intent) {
        case .stay: state.panels.append(.trainee(prompt))
        case .close: break
        case .submit(let name): state.beginTraining(trainee: name)
        }
    case .adminPIN(var prompt):
        switch prompt.handle(intent) {
        case .stay: state.panels.append(.adminPIN(prompt))
        case .close: break
        case .submit(let pin):
            return submitPIN(pin, prompt: prompt, state: &state)
        }
    }
    return []
}

private func finishWrite(path: String, failure: WriteFailure?, state: inout AppState) -> [Effect] {
    guard let index = exportPanelIndex(state), case .export(var panel) = state.panels[index] else { return [] }
    switch panel.finished(path: path, failure: failure) {
    case .write(let next, let overwrite, _):
        state.panels[index] = .export(panel)
        guard let text = exportText(state, panel) else { return [] }
        return [.write(text: text, path: next, overwrite: overwrite)]
    case .close:
        state.panels.remove(at: index)
        switch panel.subject {
        case .result: state.exportedAnswers = state.session.answers
        case .scoreSheet: state.training?.exported = true
        case .answers:
            state.exportedAnswers = state.session.answers
            state.status = StatusMessage(AnswersSave.saved(path))
            return []
        }
        state.status = StatusMessage(LocalizedMessage(ja: "保存しました: \(path)", en: "Saved: \(path)"))
    default:
        state.panels[index] = .export(panel)
    }
    return []
}
