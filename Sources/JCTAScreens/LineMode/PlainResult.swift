import JCTACore

/// The result in the line mode: read out once, then a prompt for what the result screen offers (save,
/// read again, change an answer, back, cases, restart, quit). Saving goes back to this prompt, so the
/// result can be saved twice; ending is its own confirmed step.
extension PlainPrompter {
    var document: ResultDocument? {
        session.result.map {
            ResultDocument(result: $0, screenedOn: clock().date, studyDate: studyDate, studyTitle: studyTitle, language: language)
        }
    }

    var exportsOn: Bool { kiosk.map { $0.settings.exportTarget != nil } ?? true }

    mutating func atResult() -> Ending? {
        guard let result = session.result, let document else { return .result }
        if !resultRead {
            resultRead = true
            io.write("\n")
            say(lines: SpokenText.result(document, questionnaire: questionnaire))
        }
        switch next(resultPrompt(result)) {
        case .end: return endedAtResult()
        case .idleReset, .empty: return nil
        case .entry(let word):
            switch PlainEntry(word) {
            // A question's own number, as read out with its answer: the same number on every screen.
            case .number(let number) where result.path.contains { $0.number == number }:
                let step = result.path.firstIndex { $0.number == number }!
                let label = result.path[step].answer[language]
                session.reopen(step: step)
                resultRead = false
                announced = nil
                let asked = SpokenText.spokenNumber(number, language)
                say("\(asked) の回答を変えます。今の回答: \(label)", "Changing your answer to \(asked). It was: \(label)")
            case .number(let number):
                let numbers = answeredNumbers(result)
                say("問 \(number) には答えていません。回答を変えられるのは問 \(numbers) です。",
                    "You did not answer Q\(number). You can change your answer to Q\(numbers).")
            case .save where exportsOn:
                save()
            case .save:
                say("この端末では保存できません。", "Saving is off on this terminal.")
            case .again:
                resultRead = false
            case .back:
                goBack()
            case .cases:
                if result.cases.isEmpty { say("この結果が根拠とした事例はありません。", "This result cites no casebook entries.") }
                readCases(result.cases)
            case .help, .keys:
                say(lines: keyGuide(atResult: true))
            case .next where kiosk != nil:
                resetRequested = true
            case let entry:
                return handleCommon(entry)
            }
        }
        return nil
    }

    /// 「1、2、5、8」: the numbers of the questions answered, in the order asked.
    func answeredNumbers(_ result: ClassificationResult) -> String {
        result.path.map { String($0.number) }.joined(separator: language.text("、", ", "))
    }

    func resultPrompt(_ result: ClassificationResult) -> String {
        var keys: [String] = []
        if exportsOn { keys.append(language.text("e 保存", "e save")) }
        keys.append(language.text("a 読み直す", "a read again"))
        keys.append(language.text("問の番号（\(answeredNumbers(result))）で回答を変える",
                                  "a question's number (\(answeredNumbers(result))) changes its answer"))
        keys.append(language.text("b 戻る", "b back"))
        keys.append(language.text("c 事例", "c cases"))
        if kiosk != nil { keys.append(language.text("n 次の方へ", "n next person")) }
        keys += commonKeys()
        return language.text("結果です。", "Result. ") + keys.joined(separator: language.text("、", ", ")) + ": "
    }

    /// Ctrl-D or the end of a pipe on the result: offers to save it when it is not saved, then ends.
    mutating func endedAtResult() -> Ending? {
        if kiosk != nil { return .quit }
        if savedAnswers != session.answers,
           confirm("入力が終わりました。結果はまだ保存していません。保存しますか。",
                   "The input ended. The result is not saved yet. Save it?") {
            save()
        }
        return .result
    }

    /// `e`: a format, the study title, then a file name (or, in a kiosk, the export directory or printer).
    mutating func save() {
        // The full screen's formats, in its order, for the same destination.
        let formats = ExportPanel(subject: .result, destination: kiosk?.settings.exportDestination ?? .askPath).formats
        let offered = formats.enumerated().map { "\($0.offset + 1) \(ExportPanel.label($0.element, language))" }
            .joined(separator: language.text("、", ", "))
        var format: ExportFormat?
        while format == nil {
            switch next(language.text("保存する形式: \(offered)。Enter でやめる: ", "Save as: \(offered). Enter to cancel: ")) {
            case .empty, .end, .idleReset:
                say("保存をやめました。", "Not saved.")
                return
            case .entry(let word):
                if case .number(let number) = PlainEntry(word), formats.indices.contains(number - 1) {
                    format = formats[number - 1]
                } else {
                    say("形式は 1 から \(formats.count) の番号で選んでください。", "Pick the format by a number from 1 to \(formats.count).")
                }
            }
        }
        guard let format else { return }
        let titlePrompt = studyTitle.isEmpty
            ? language.text("研究課題名。なければ Enter: ", "Study title, or Enter for none: ")
            : language.text("研究課題名。Enter で今の \(studyTitle) のまま: ", "Study title, Enter to keep \(studyTitle): ")
        guard let title = nextText(titlePrompt) else {
            say("保存をやめました。", "Not saved.")
            return
        }
        if !title.isEmpty { studyTitle = title }
        guard let text = document?.rendered(as: format) else { return }
        if kiosk != nil {
            deliverFromKiosk(text, format: format)
        } else {
            write(text, format: format)
        }
    }

    /// Asks for the file name (Enter takes the default); an existing file is replaced only after y.
    private mutating func write(_ text: String, format: ExportFormat) {
        let fallback = ExportPanel.defaultFileName(clock(), format: format)
        while true {
            guard let typed = nextText(language.text("ファイル名。Enter で \(fallback): ", "File name, Enter for \(fallback): ")) else {
                say("保存をやめました。", "Not saved.")
                return
            }
            let target = savePath(typed.isEmpty ? fallback : typed, defaultName: fallback, format.fileExtension)
            var failure = io.writeFile(text, target.path, false)
            if failure == .exists {
                guard confirm("\(target.path) は既にあります。上書きしますか。", "\(target.path) already exists. Replace it?") else {
                    say("別の名前を入力してください。", "Type another name.")
                    continue
                }
                failure = io.writeFile(text, target.path, true)
            }
            switch failure {
            case nil:
                savedAnswers = session.answers
                io.write(target.saved(language) + "\n")
                return
            case .exists?:
                continue
            case .other(let message)?:
                say("保存できませんでした。\(SpokenText.sentence(message.ja, .ja)) 別の名前を入力するか、Ctrl-D でやめます。",
                    "Could not save. \(SpokenText.sentence(message.en, .en)) Type another name, or Ctrl-D to cancel.")
            }
        }
    }
}
