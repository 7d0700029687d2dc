import JCTACore

extension AppState {
    /// Opens the questionnaire with saved answers (`jcta --answers FILE`): the answers are replayed along the
    /// path, so the screen shows the first question still unanswered, or the result when the path is
    /// complete. Answers off the path are kept as suggestions should an earlier answer change. The answers
    /// count as saved: quitting at once asks nothing.
    public mutating func resume(answers: [String: String], title: String?) {
        phase = .screening
        while let node = session.currentNode, let choice = answers[node.id] {
            guard (try? session.answer(choice: choice)) != nil else { break }
        }
        studyTitle = title ?? ""
        choiceHighlight = session.suggestedChoiceIndex
        exportedAnswers = session.answers
    }
}
