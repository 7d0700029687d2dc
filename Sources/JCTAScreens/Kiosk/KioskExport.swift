import JCTACore

/// A kiosk's exports: the document goes to the export directory under a generated name carrying the
/// visitor's reference number (a name taken by an earlier run is skipped, never replaced), or to the print
/// command as text laid out for the page; success returns the kiosk to the start.
enum KioskExport {
    /// Names tried before giving up when every one is taken.
    static let attempts = 100

    /// Starts delivering the document of the top export panel.
    static func deliver(_ state: inout AppState) -> [Effect] {
        guard let kiosk = state.kiosk, let target = kiosk.settings.exportTarget,
              let index = exportPanelIndex(state), case .export(let panel) = state.panels[index],
              let text = exportText(state, panel) else { return [] }
        switch target {
        case .printer:
            var asText = panel
            asText.format = .text
            return [.print(text: PrintedDocument.layout(exportText(state, asText) ?? text))]
        case .directory(let directory):
            return write(text, panel: panel, index: index, directory: directory, state: &state)
        }
    }

    /// The runtime's report on a write: the next name when this one is taken, else done or the reason.
    static func finished(path: String, failure: WriteFailure?, state: inout AppState) -> [Effect] {
        guard let index = exportPanelIndex(state), case .export(var panel) = state.panels[index] else { return [] }
        switch failure {
        case nil:
            let name = lastComponent(path)
            let number = KioskExportName.referenceNumber(inName: name).map(KioskExportName.reference) ?? name
            state.kiosk?.delivered(.saved)
            return done(state: &state, message: LocalizedMessage(
                ja: "受付番号 \(number) を係にお伝えください。保存: \(name)",
                en: "Reference number \(number): tell the staff. Saved: \(name)"),
                        seconds: referenceSeconds)
        case .exists?:
            guard case .directory(let directory)? = state.kiosk?.settings.exportTarget,
                  let text = exportText(state, panel), panel.namesTried < attempts else {
                _ = panel.finished(path: path, failure: .other(allNamesTaken))
                state.panels[index] = .export(panel)
                return []
            }
            return write(text, panel: panel, index: index, directory: directory, state: &state)
        case .other(let message)?:
            let explained = LocalizedMessage(ja: "保存できませんでした。係の人に知らせてください。（\(message.ja)）",
                                             en: "Could not save. Please tell the staff. (\(message.en))")
            _ = panel.finished(path: path, failure: .other(explained))
            state.panels[index] = .export(panel)
            return []
        }
    }

    /// The runtime's report on printing.
    static func printed(failure: WriteFailure?, state: inout AppState) -> [Effect] {
        guard let index = exportPanelIndex(state), case .export(var panel) = state.panels[index] else { return [] }
        if case .other(let message)? = failure {
            let explained = LocalizedMessage(ja: "印刷に送れませんでした。係の人に知らせてください。（\(message.ja)）",
                                             en: "Could not print. Please tell the staff. (\(message.en))")
            _ = panel.finished(path: "", failure: .other(explained))
            state.panels[index] = .export(panel)
            return []
        }
        state.kiosk?.delivered(.printed)
        return done(state: &state, message: LocalizedMessage(
            ja: "印刷に送りました（印刷コマンドの終了コード 0）。次の方へどうぞ。",
            en: "Sent to the printer (print command exit status 0). Next person, please."))
    }

    private static let allNamesTaken = LocalizedMessage(ja: "保存先に空いているファイル名がありません。係の人に知らせてください。",
                                                        en: "No free file name is left in the export folder. Please tell the staff.")

    private static func write(_ text: String, panel: ExportPanel, index: Int, directory: String, state: inout AppState) -> [Effect] {
        guard var kiosk = state.kiosk else { return [] }
        let name = KioskExportName.make(subject: panel.subject, time: state.clock(), sequence: kiosk.takeReference(),
                                        format: panel.format)
        state.kiosk = kiosk
        // Generated names always pass; the check stands between the directory and anything else.
        guard let path = KioskExportName.path(name, in: directory) else { return [] }
        var writing = panel
        writing.step = .writing(path: name)
        writing.namesTried += 1
        state.panels[index] = .export(writing)
        return [.write(text: text, path: path, overwrite: false)]
    }

    /// How long the reference number stays on the welcome screen (unless the next person starts sooner).
    static let referenceSeconds = 60

    private static func done(state: inout AppState, message: LocalizedMessage, seconds: Int? = nil) -> [Effect] {
        let effects = state.resetForNextPerson()
        var status = StatusMessage(message)
        if let seconds { status.ticksLeft = seconds * Kiosk.ticksPerSecond }
        state.status = status
        return effects
    }

    private static func lastComponent(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

/// The export panel on the stack, if any (a write may finish under a panel opened later).
func exportPanelIndex(_ state: AppState) -> Int? {
    state.panels.lastIndex { if case .export = $0 { true } else { false } }
}

/// What the panel exports, rendered in its format: the result document or the round's score sheet.
func exportText(_ state: AppState, _ panel: ExportPanel) -> String? {
    switch panel.subject {
    case .result:
        state.document?.rendered(as: panel.format)
    case .scoreSheet:
        state.training?.session.scoreSheet(date: state.clock().date, time: state.clock().timeWithSeconds)
            .rendered(as: panel.format, language: state.language)
    case .answers:
        AnswersFileText.render(edition: state.questionnaire.edition, studyDate: state.studyDate, answers: state.session.answers)
    }
}
