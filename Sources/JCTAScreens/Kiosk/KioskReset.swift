import JCTACore

extension AppState {
    /// Makes the kiosk ready for the next person: the answers and the answers remembered as suggestions, the
    /// study title, the training round with the trainee's name, open panels and the language are dropped; the
    /// runtime is asked to clear the screen and its scrollback. A finished screening is logged first.
    mutating func resetForNextPerson() -> [Effect] {
        guard var kiosk else { return [] }
        var effects: [Effect] = []
        if kiosk.settings.logsUsage, let result = session.result, let seconds = kiosk.screeningSeconds {
            effects.append(.log(UsageLogEntry(edition: questionnaire.edition, classification: result.classification,
                                              durationSeconds: seconds, ending: kiosk.delivery ?? .abandoned,
                                              language: language)))
        }
        session.restart(forget: true)
        training = nil
        panels = []
        phase = .welcome
        welcomeHighlight = 0
        choiceHighlight = 0
        result = ResultScreen.Position()
        studyTitle = ""
        exportedAnswers = nil
        status = nil
        language = kiosk.settings.language
        kiosk.startOver()
        self.kiosk = kiosk
        return effects + [.clearScrollback]
    }
}
