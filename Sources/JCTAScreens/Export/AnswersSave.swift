import JCTACore

/// `s` on a question or the result: the answers so far as an answers file (what `jcta classify` reads,
/// edition and study date included), to resume with `jcta --answers FILE`. The file name is asked like an
/// export's and written the same way (atomically, never replacing a file without `y`); a kiosk writes it
/// only into its export directory under a generated name, and offers `s` nowhere else.
enum AnswersSave {
    /// Whether `s` works on the screen shown.
    static func isOffered(_ state: AppState) -> Bool {
        guard state.panels.isEmpty, state.phase == .screening, !state.session.steps.isEmpty || state.session.result != nil
        else { return false }
        guard let kiosk = state.kiosk else { return true }
        if case .directory? = kiosk.settings.exportTarget { return true }
        return false
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard isOffered(state), let destination = state.exportDestination else { return [] }
        var panel = ExportPanel(subject: .answers, destination: destination)
        panel.format = .json
        if destination == .askPath {
            let name = ExportPanel.defaultFileName(state.clock(), format: .json, subject: .answers)
            panel.defaultName = name
            panel.namesTried = 1
            panel.step = .form(title: nil, path: TextField(name), focus: .path)
            state.panels.append(.export(panel))
            return []
        }
        panel.step = .writing(path: "")
        state.panels.append(.export(panel))
        return KioskExport.deliver(&state)
    }

    static func saved(_ path: String) -> LocalizedMessage {
        LocalizedMessage(ja: "回答を保存しました: \(path)（jcta --answers \(path) で続きから）",
                         en: "Answers saved: \(path) (resume with jcta --answers \(path))")
    }
}

extension ExportPanel.Subject {
    /// How a file of this subject's name begins.
    var namePrefix: String {
        switch self {
        case .result: "jcta-"
        case .scoreSheet: "jcta-score-"
        case .answers: "jcta-answers-"
        }
    }
}
