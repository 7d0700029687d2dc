import JCTACore

/// A kiosk in the line mode: the same rules as the full-screen kiosk. Nobody quits without the operator's
/// PIN (typed as a command, not shown); exports go only into the export directory under generated names, or
/// to the printer pipe; after an export, `n`, or the idle period the next person starts with nothing of the
/// last one left.
extension PlainPrompter {
    /// `admin`: the operator's PIN, read without echo; the right one ends the program, a wrong one only
    /// returns to the prompt (nothing tells a guesser how close they were).
    mutating func operatorPIN() -> Ending? {
        guard let kiosk else { return nil }
        let read = io.readSecret(language.text("管理者の PIN を入力して Enter: ", "Operator PIN, then Enter: "),
                                 kiosk.settings.idleResetSeconds)
        io.write("\n")
        // A PIN prompt left open is the end of the idle period, as on the full screen.
        if read == .timedOut { resetRequested = true }
        if case .line(let pin) = read, kiosk.settings.accepts(pin: pin.trimmingCharacters(in: .whitespaces)) {
            say("終了します。", "Goodbye.")
            return .operatorExit
        }
        return nil
    }

    /// Writes `text` under a generated name in the export directory (a name taken earlier is skipped, never
    /// replaced) or sends it to the printer; on success the kiosk waits for Enter and starts again.
    mutating func deliverFromKiosk(_ text: String, format: ExportFormat) {
        guard let kiosk, let target = kiosk.settings.exportTarget else { return }
        switch target {
        case .printer:
            if let failure = kiosk.print(text) {
                sayFailure(failure, printing: true)
                return
            }
            say("印刷に送りました。", "Sent to the printer.")
        case .directory(let directory):
            var saved: String?
            for _ in 0..<KioskExport.attempts {
                exportSequence += 1
                let name = KioskExportName.make(subject: .result, time: clock(), sequence: exportSequence, format: format)
                // Generated names always pass; the check stands between the directory and anything else.
                guard let path = KioskExportName.path(name, in: directory) else { return }
                let failure = io.writeFile(text, path, false)
                if failure == .exists { continue }
                if let failure {
                    sayFailure(failure, printing: false)
                    return
                }
                saved = name
                break
            }
            guard let saved else {
                say("保存先に空いているファイル名がありません。係の人に知らせてください。",
                    "No free file name is left in the export folder. Please tell the staff.")
                return
            }
            say("保存しました: \(saved)", "Saved: \(saved)")
        }
        _ = nextText(language.text("次の方のために最初に戻ります。Enter を押してください: ",
                                   "The kiosk now starts again for the next person. Press Enter: "))
        resetRequested = true
    }

    private func sayFailure(_ failure: WriteFailure, printing: Bool) {
        let reason: LocalizedMessage
        switch failure {
        case .exists: reason = LocalizedMessage(ja: "同じ名前のファイルがあります", en: "a file of that name exists")
        case .other(let message): reason = message
        }
        if printing {
            say("印刷に送れませんでした。係の人に知らせてください。理由: \(reason.ja)", "Could not print. Please tell the staff. Reason: \(reason.en)")
        } else {
            say("保存できませんでした。係の人に知らせてください。理由: \(reason.ja)", "Could not save. Please tell the staff. Reason: \(reason.en)")
        }
    }

    /// Drops the last person's answers, title, language and settings, logs a finished screening, wipes the
    /// screen and starts again.
    mutating func resetForNextPerson() {
        guard let kiosk else { return }
        if kiosk.settings.logsUsage, let result = session.result, let start = screeningStart, let end = resultSecond {
            kiosk.log(UsageLogEntry(edition: questionnaire.edition, classification: result.classification,
                                    durationSeconds: max(end - start, 0)))
        }
        session.restart(forget: true)
        language = kiosk.settings.language
        studyTitle = ""
        savedAnswers = nil
        helpAlways = false
        queued = []
        someoneIsHere = false
        resetRequested = false
        announced = nil
        resultRead = false
        screeningStart = nil
        resultSecond = nil
        kiosk.wipe()
        sayOpening()
    }
}
