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
        return []
    case .writeFinished(let path, let failure):
        return finishWrite(path: path, failure: failure, state: &state)
    default:
        break
    }
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
    if !state.panels.isEmpty { return updateTopPanel(&state, intent) }
    switch state.phase {
    case .welcome:
        return WelcomeScreen.handle(intent, state: &state)
    case .screening:
        return state.session.result == nil
            ? QuestionScreen.handle(intent, state: &state)
            : ResultScreen.handle(intent, state: &state)
    }
}

private func requestQuit(_ state: inout AppState) -> [Effect] {
    guard state.wouldLoseAnswers else { return [.exit(0)] }
    if case .confirm? = state.panels.last { return [] }
    state.panels.append(.confirm(Confirmation(.quit)))
    return []
}

private func updateTopPanel(_ state: inout AppState, _ intent: Intent) -> [Effect] {
    guard let top = state.panels.popLast() else { return [] }
    switch top {
    case .caseList(var panel):
        switch panel.handle(intent) {
        case .stay: state.panels.append(.caseList(panel))
        case .close: break
        case .open(let detail): state.panels += [.caseList(panel), .caseDetail(detail)]
        }
    case .caseDetail(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.caseDetail(panel)) }
    case .help(var panel):
        if panel.handle(intent, state: state) == .stay { state.panels.append(.help(panel)) }
    case .confirm(let confirmation):
        switch intent {
        case .yes:
            switch confirmation.action {
            case .quit: return [.exit(0)]
            case .restart:
                state.session.restart()
                state.panels.removeAll()
                state.phase = .screening
                state.choiceHighlight = state.session.suggestedChoiceIndex
                state.result = ResultScreen.Position()
            }
        case .no: break
        default: state.panels.append(top)
        }
    case .export(var panel):
        switch panel.handle(intent, studyTitle: state.studyTitle, now: state.clock()) {
        case .stay: state.panels.append(.export(panel))
        case .close: break
        case .setTitle(let title):
            state.studyTitle = title
            state.panels.append(.export(panel))
        case .write(let path, let overwrite):
            state.panels.append(.export(panel))
            guard let document = state.document else { return [] }
            return [.write(text: document.rendered(as: panel.format), path: path, overwrite: overwrite)]
        }
    }
    return []
}

private func finishWrite(path: String, failure: WriteFailure?, state: inout AppState) -> [Effect] {
    guard let index = state.panels.lastIndex(where: { if case .export = $0 { true } else { false } }),
          case .export(var panel) = state.panels[index] else { return [] }
    switch panel.finished(path: path, failure: failure) {
    case .close:
        state.panels.remove(at: index)
        state.exportedAnswers = state.session.answers
        state.status = StatusMessage(LocalizedMessage(ja: "保存しました: \(path)", en: "Saved: \(path)"))
    default:
        state.panels[index] = .export(panel)
    }
    return []
}
