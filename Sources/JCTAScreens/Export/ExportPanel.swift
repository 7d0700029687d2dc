import Foundation
import JCTACore

/// `e` on the result (or the training score): pick a format (1 Markdown, 2 JSON, 3 text, 4 printable HTML), give the study a
/// title, then a file name (Enter takes the default); an existing file is replaced only after `y`; a failed
/// write says why. In a kiosk there is no file name to type: the name is generated in the export
/// directory, or the document goes to the printer pipe.
public struct ExportPanel: Hashable, Sendable {
    public enum Step: Hashable, Sendable {
        case format
        case title(TextField)
        case path(TextField)
        case overwrite(path: String)
        /// Waiting for the runtime to report the write.
        case writing(path: String)
    }

    /// What is exported.
    public enum Subject: Hashable, Sendable {
        case result
        /// The training round's score sheet (no study title).
        case scoreSheet
        /// The answers so far, as an answers file to resume from (`jcta --answers FILE`).
        case answers
    }

    /// Where it goes.
    public enum Destination: Hashable, Sendable {
        /// A file name typed by the user (Enter takes the default).
        case askPath
        /// A kiosk's export directory, under a generated name.
        case exportDirectory
        /// A kiosk's standard output (a printer pipe).
        case printer
    }

    public var step: Step = .format
    public var format: ExportFormat = .markdown
    public var subject: Subject
    public var destination: Destination
    /// Why the last write failed, shown until the next attempt.
    public var failure: LocalizedMessage?
    /// Generated names tried for this export (a kiosk skips names an earlier run took).
    var namesTried = 0
    /// Put into the default file name (a trainee's name, so a class saving to one folder never collides).
    public var nameHint: String?

    public init(subject: Subject = .result, destination: Destination = .askPath) {
        self.subject = subject
        self.destination = destination
    }

    var formats: [ExportFormat] {
        // A printer gets text laid out for the page, never Markdown or JSON; the HTML page is for a browser to print.
        if destination == .printer { return [.text] }
        switch subject {
        case .result: return [.markdown, .json, .text, .html]
        case .scoreSheet: return [.markdown, .json]
        case .answers: return [.json]
        }
    }

    var inputContext: KeyMap.Context {
        switch step {
        case .format, .writing: .commands
        case .title, .path: .text
        case .overwrite: .confirmation
        }
    }

    enum Action {
        case stay
        case close
        case setTitle(String)
        case write(path: String, overwrite: Bool)
        /// Kiosk: write under a generated name or print, after setting the title (nil: keep it).
        case deliver(title: String?)
    }

    /// `jcta-YYYYMMDD-HHMM.<ext>` (a score sheet: `jcta-score-<trainee>-…`) in the working directory.
    static func defaultFileName(_ time: LocalTimestamp, format: ExportFormat, subject: Subject = .result, hint: String? = nil) -> String {
        let name = hint.map { String($0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }) + "-" } ?? ""
        return subject.namePrefix + name + "\(time.compact).\(format.fileExtension)"
    }

    mutating func handle(_ intent: Intent, studyTitle: String, now: LocalTimestamp) -> Action {
        if intent == .close { return .close }
        switch step {
        case .format:
            if case .choose(let number) = intent, formats.indices.contains(number - 1) {
                format = formats[number - 1]
                guard subject == .result else { return afterTitle(nil, now: now) }
                step = .title(TextField(studyTitle))
            } else if intent == .back {
                return .close
            }
        case .title(var field):
            switch intent {
            case .insert(let character): field.insert(character)
            case .deleteBackward: field.deleteBackward()
            case .activate:
                return afterTitle(field.text, now: now)
            default: break
            }
            if case .title = step { step = .title(field) }
        case .path(var field):
            switch intent {
            case .insert(let character): field.insert(character)
            case .deleteBackward: field.deleteBackward()
            case .activate:
                let path = field.text.trimmingCharacters(in: .whitespaces).isEmpty
                    ? Self.defaultFileName(now, format: format, subject: subject, hint: nameHint) : field.text.trimmingCharacters(in: .whitespaces)
                step = .writing(path: path)
                failure = nil
                return .write(path: path, overwrite: false)
            default: break
            }
            if case .path = step { step = .path(field) }
        case .overwrite(let path):
            switch intent {
            case .yes:
                step = .writing(path: path)
                return .write(path: path, overwrite: true)
            case .no: step = .path(TextField(path))
            default: break
            }
        case .writing:
            break
        }
        return .stay
    }

    /// The title is settled (nil: none asked): ask for the file name, or in a kiosk deliver at once.
    private mutating func afterTitle(_ title: String?, now: LocalTimestamp) -> Action {
        guard destination == .askPath else {
            step = .writing(path: "")
            failure = nil
            return .deliver(title: title)
        }
        step = .path(TextField(Self.defaultFileName(now, format: format, subject: subject, hint: nameHint)))
        return title.map { .setTitle($0) } ?? .stay
    }

    /// The runtime's report on a write: closes on success, otherwise asks or explains (a kiosk, with no
    /// name to change, goes back to the formats with the reason shown).
    mutating func finished(path: String, failure: WriteFailure?) -> Action {
        switch failure {
        case nil: return .close
        case .exists?: step = .overwrite(path: path)
        case .other(let message)?:
            self.failure = message
            step = destination == .askPath ? .path(TextField(path)) : .format
        }
        return .stay
    }

    func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let frame = PanelFrame(width: state.width, height: state.height)
        frame.draw(title: title(lang), into: &buffer)
        var row = frame.contentTop
        func line(_ text: String, style: CellStyle = .plain) {
            for wrapped in StyledLine.wrapped(text, width: frame.contentWidth, style: style) where row < frame.bottom {
                buffer.write(wrapped.text, row: row, column: frame.contentLeft, style: wrapped.style, limit: frame.contentWidth)
                row += 1
            }
        }
        switch step {
        case .format:
            line(lang.text("形式を選んでください。", "Choose a format."), style: .strong)
            row += 1
            for (index, format) in formats.enumerated() {
                line("\(index + 1)  " + Self.label(format, lang))
            }
            row += 1
            line(note(lang), style: .muted)
            if let failure {
                row += 1
                line(failure(lang), style: CellStyle(tone: .warning, bold: true))
            }
        case .title(let field):
            TitlePromptView.render(field, language: lang, frame: frame, row: &row, into: &buffer)
        case .path(let field):
            line(lang.text("形式: ", "Format: ") + Self.label(format, lang))
            row += 1
            line(lang.text("保存先のファイル名（Enter で決定）:", "File name to write (Enter accepts):"), style: .strong)
            field.render(into: &buffer, row: row, column: frame.contentLeft, width: frame.contentWidth)
            row += 2
            line(lang.text("作業ディレクトリからの相対パスです。既存のファイルは確認なしに上書きしません。",
                           "Relative to the working directory. An existing file is never replaced without asking."), style: .muted)
            if let failure {
                row += 1
                line(failure(lang), style: CellStyle(tone: .warning, bold: true))
            }
        case .overwrite(let path):
            line(lang.text("\(path) は既にあります。上書きしますか？", "\(path) already exists. Replace it?"), style: CellStyle(tone: .warning, bold: true))
            row += 1
            line(lang.text("y: 上書きする   n: 別の名前にする", "y: replace   n: choose another name"))
        case .writing(let path):
            switch destination {
            case .printer: line(lang.text("印刷に送っています。", "Sending to the printer."))
            case .askPath, .exportDirectory: line(lang.text("保存しています: ", "Writing: ") + path)
            }
        }
    }

    private func title(_ lang: Language) -> String {
        switch (subject, destination) {
        case (.result, .printer): lang.text("結果を印刷", "Print the result")
        case (.result, _): lang.text("結果を保存", "Save the result")
        case (.scoreSheet, .printer): lang.text("採点表を印刷", "Print the score sheet")
        case (.scoreSheet, _): lang.text("採点表を保存", "Save the score sheet")
        case (.answers, _): lang.text("回答を保存（あとで続きから）", "Save the answers (resume later)")
        }
    }

    private func note(_ lang: Language) -> String {
        switch destination {
        case .askPath:
            subject == .result ? lang.text("内容は jcta classify の出力と同じです。", "The content is what jcta classify writes.")
                               : lang.text("内容は jcta train --sheet の出力と同じです。", "The content is what jcta train --sheet writes.")
        case .exportDirectory:
            lang.text("ファイル名は自動で付きます。保存したあと、次の方のために最初の画面に戻ります。",
                      "The file name is chosen for you. After saving, the kiosk returns to the start for the next person.")
        case .printer:
            lang.text("テキストで、1行 \(PrintedDocument.pageColumns) 桁（全角 \(PrintedDocument.pageColumns / 2) 文字）に折り返して印刷します。印刷したあと、次の方のために最初の画面に戻ります。",
                      "Printed as text wrapped to \(PrintedDocument.pageColumns) columns. After printing, the kiosk returns to the start for the next person.")
        }
    }

    static func label(_ format: ExportFormat, _ lang: Language) -> String {
        switch format {
        case .markdown: "Markdown (.md)"
        case .json: "JSON (.json)"
        case .text: lang.text("テキスト (.txt)", "Text (.txt)")
        case .html: lang.text("印刷用ページ HTML (.html)", "Printable page, HTML (.html)")
        }
    }

    func keys(_ lang: Language) -> [KeyBar.Item] {
        switch step {
        case .format, .writing:
            [.init(formats.count == 1 ? "1" : "1-\(formats.count)", lang.text("形式", "format")),
             .init("Esc", lang.text("やめる", "cancel"))]
        case .title, .path:
            [.init("Enter", lang.text("決定", "accept")), .init("Backspace", lang.text("1文字消す", "delete")),
             .init("Esc", lang.text("やめる", "cancel"))]
        case .overwrite:
            [.init("y", lang.text("上書き", "replace")), .init("n", lang.text("別の名前", "another name")),
             .init("Esc", lang.text("やめる", "cancel"))]
        }
    }
}
