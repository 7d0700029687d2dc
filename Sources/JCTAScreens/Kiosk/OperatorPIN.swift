import JCTACore

/// Enter in the operator's PIN prompt. The right PIN ends the kiosk (after showing the operator what the
/// usage log lost, if anything); a wrong one says so and is logged, and from the third on the prompt waits
/// longer each time (the lockout is logged too). While it waits, nothing typed is checked.
func submitPIN(_ pin: String, prompt: AdminPINPrompt, state: inout AppState) -> [Effect] {
    guard var kiosk = state.kiosk else { return [] }
    var prompt = prompt
    if prompt.notice != nil { return [.exit(0)] }
    prompt.field = TextField()
    if kiosk.pinLockoutSecondsLeft != nil {
        state.panels.append(.adminPIN(prompt))
        return []
    }
    var effects: [Effect] = []
    switch kiosk.settings.adminPIN.check(pin) {
    case .accepted:
        guard let notice = kiosk.settings.operatorNotice() else { return [.exit(0)] }
        prompt.notice = notice
    case .unusable(let reason):
        prompt.refusal = reason
    case .wrong:
        prompt.refusal = AdminPINPrompt.wrong
        let lockout = kiosk.wrongPIN()
        if kiosk.settings.logsUsage {
            effects.append(.log(UsageLogEntry(event: .pinFailure)))
            if let lockout { effects.append(.log(UsageLogEntry(event: .pinLockout, lockoutSeconds: lockout))) }
        }
    }
    state.kiosk = kiosk
    state.panels.append(.adminPIN(prompt))
    return effects
}
