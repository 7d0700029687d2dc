import Foundation
import JCTACore

/// `e` on the result (or the training score): pick a format (1 Markdown, 2 JSON, 3 text, 4 printable HTML), then one form with
/// the study title (optional) and the file name, Tab moving between them; Enter saves, so `e`, a digit and
/// Enter save under the default name. Default names carry the second and never replace a file (a taken one
/// gets `-2`, `-3`…); a name the user typed is replaced only after `y`. Esc cancels at every step. In a
/// kiosk there is no file name to type: the title alone is asked, then the name is generated in the export
/// directory, or the document goes to the printer pipe.
public struct ExportPanel: Hashable, Sendable {
    /// The field of the form the keys type into.
    public enum Field: Hashable, Sendable {
        case title
        case path
    }

    public enum Step: Hashable, Sendable {
        case format
        /// The title (nil for a score sheet, which has none) and the file name; `focus` takes the keys.
        case form(title: TextField?, path: TextField, focus: Field)
        /// A kiosk's title before it delivers.
        case title(TextField)
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
    /// Generated names tried for this export (a kiosk skips names an earlier run took; a default name
    /// moves on to `-2`, `-3`…).
    var namesTried = 0
    /// The default name offered in the form; a write to it never asks to replace a file.
    var defaultName: String?
    /// A score sheet's trainee and seed, for its default name (`ScoreSheetFileName`).
    public var sheetOwner: ScoreSheetOwner?

    /// Whose score sheet is saved: its default name carries them.
    public struct ScoreSheetOwner: Hashable, Sendable {
        public var trainee: String?
        public var seed: UInt64?

        public init(trainee: String?, seed: UInt64?) {
            self.trainee = trainee
            self.seed = seed
        }
    }

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
        case .form, .title: .text
        case .overwrite: .confirmation
        }
    }

    enum Action {
        case stay
        case close
        /// Write to `path` (after setting the study title, when the form has one).
        case write(path: String, overwrite: Bool, title: String?)
        /// Kiosk: write under a generated name or print, after setting the title (nil: keep it).
        case deliver(title: String?)
    }

    /// `jcta-YYYYMMDD-HHMMSS.<ext>` in the working directory; a score sheet's follows `ScoreSheetFileName`,
    /// as every other way of saving one does.
    static func defaultFileName(_ time: LocalTimestamp, format: ExportFormat, subject: Subject = .result,
                                owner: ScoreSheetOwner? = nil) -> String {
        if subject == .scoreSheet {
            return ScoreSheetFileName.make(trainee: owner?.trainee, seed: owner?.seed, date: time.date, time: time.timeWithSeconds,
                                           extension: format.fileExtension)
        }
        return subject.namePrefix + time.compactWithSeconds + ".\(format.fileExtension)"
    }

    /// Default names tried before the panel asks for another name.
    static let defaultNameAttempts = 99

    mutating func handle(_ intent: Intent, studyTitle: String, now: LocalTimestamp) -> Action {
        if intent == .close { return .close }
        switch step {
        case .format:
            if case .choose(let number) = intent, formats.indices.contains(number - 1) {
                format = formats[number - 1]
                failure = nil
                switch (destination, subject) {
                case (.askPath, _):
                    let name = Self.defaultFileName(now, format: format, subject: subject, owner: sheetOwner)
                    defaultName = name
                    namesTried = 1
                    step = .form(title: subject == .result ? TextField(studyTitle) : nil, path: TextField(name),
                                 focus: subject == .result ? .title : .path)
                case (_, .result): step = .title(TextField(studyTitle))
                case (_, .scoreSheet), (_, .answers):
                    step = .writing(path: "")
                    return .deliver(title: nil)
                }
            } else if intent == .back {
                return .close
            }
        case .form(var title, var path, var focus):
            switch intent {
            case .nextField:
                if title != nil { focus = focus == .title ? .path : .title }
            case .insert(let character):
                if focus == .title { title?.insert(character) } else { path.insert(character) }
            case .deleteBackward:
                if focus == .title { title?.deleteBackward() } else { path.deleteBackward() }
            case .activate:
                let typed = path.text.trimmingCharacters(in: .whitespaces)
                let target = typed.isEmpty ? Self.defaultFileName(now, format: format, subject: subject, owner: sheetOwner) : typed
                if typed.isEmpty { defaultName = target }
                step = .writing(path: target)
                failure = nil
                return .write(path: target, overwrite: false, title: title?.text)
            default: break
            }
            step = .form(title: title, path: path, focus: focus)
        case .title(var field):
            switch intent {
            case .insert(let character): field.insert(character)
            case .deleteBackward: field.deleteBackward()
            case .activate:
                step = .writing(path: "")
                failure = nil
                return .deliver(title: field.text)
            default: break
            }
            if case .title = step { step = .title(field) }
        case .overwrite(let path):
            switch intent {
            case .yes:
                step = .writing(path: path)
                return .write(path: path, overwrite: true, title: nil)
            case .no: step = .form(title: nil, path: TextField(path), focus: .path)
            default: break
            }
        case .writing:
            break
        }
        return .stay
    }

    /// The runtime's report on a write: closes on success; a taken default name moves on to the next one;
    /// a taken typed name asks; any other failure explains (a kiosk, with no name to change, goes back to
    /// the formats with the reason shown).
    mutating func finished(path: String, failure: WriteFailure?) -> Action {
        switch failure {
        case nil: return .close
        case .exists?:
            if destination == .askPath, path == defaultName, namesTried < Self.defaultNameAttempts {
                namesTried += 1
                let numbered = Self.numbered(path, attempt: namesTried, format: format)
                defaultName = numbered
                step = .writing(path: numbered)
                return .write(path: numbered, overwrite: false, title: nil)
            }
            step = .overwrite(path: path)
        case .other(let message)?:
            self.failure = message
            step = destination == .askPath ? .form(title: nil, path: TextField(path), focus: .path) : .format
        }
        return .stay
    }

    /// The extension of another export format that `path` ends with (`studyC.json` for Markdown): a file a
    /// program would open as the wrong kind; nil when the name fits the format or has no such extension.
    static func otherFormatsExtension(_ path: String, format: ExportFormat) -> String? {
        let lowered = path.trimmingCharacters(in: .whitespaces).lowercased()
        return ExportFormat.allCases.map(\.fileExtension).first { $0 != format.fileExtension && lowered.hasSuffix("." + $0) }
    }

    /// A taken default name numbered: `jcta-20260401-090512.md` → `jcta-20260401-090512-2.md`, then `-3`…
    static func numbered(_ path: String, attempt: Int, format: ExportFormat) -> String {
        ScoreSheetFileName.numbered(path, attempt: attempt)
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
        func field(_ label: String, _ field: TextField, focused: Bool) {
            line((focused ? "> " : "  ") + label, style: focused ? .strong : .plain)
            field.render(into: &buffer, row: row, column: frame.contentLeft + 2, width: frame.contentWidth - 2, focused: focused)
            row += 1
        }
        switch step {
        case .format:
            line(lang.text("形式を選んでください（数字キー）。", "Choose a format (press its digit)."), style: .strong)
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
        case .form(let title, let path, let focus):
            line(lang.text("形式: ", "Format: ") + Self.label(format, lang))
            row += 1
            if let title {
                field(lang.text("研究課題名（任意。ファイルに載ります）", "Study title (optional; it goes into the file)"), title,
                      focused: focus == .title)
                row += 1
            }
            field(lang.text("保存先のファイル名（作業フォルダからの相対パス）", "File name (relative to the working folder)"), path,
                  focused: focus == .path)
            if let other = Self.otherFormatsExtension(path.text, format: format) {
                line(lang.text("注意: ファイル名が .\(other) で終わっていますが、形式は \(Self.label(format, lang)) です。直さなければこの名前のまま保存します。",
                               "Note: the name ends in .\(other) but the format is \(Self.label(format, lang)); unless you change it, it is saved under this name."),
                     style: CellStyle(tone: .warning, bold: true))
            }
            row += 1
            line(title == nil ? lang.text("Enter で保存します。", "Enter saves.")
                              : lang.text("Enter で保存します。Tab で課題名とファイル名を切り替えます。",
                                          "Enter saves. Tab moves between the title and the file name."), style: .strong)
            line(lang.text("同じ名前のファイルがあるときは、上書きするかを先に尋ねます（既定の名前なら番号を付けて別に保存します）。",
                           "If a file of that name exists, you are asked before it is replaced (a default name gets a number instead)."),
                 style: .muted)
            if let failure {
                row += 1
                line(failure(lang), style: CellStyle(tone: .warning, bold: true))
            }
        case .title(let field):
            TitlePromptView.render(field, language: lang, frame: frame, row: &row, into: &buffer)
        case .overwrite(let path):
            line(lang.text("\(path) は既にあります。上書きしますか？", "\(path) already exists. Replace it?"), style: CellStyle(tone: .warning, bold: true))
            row += 1
            line(lang.text("y: 上書きする   n: 別の名前を入力する   Esc: 保存をやめる",
                           "y: replace it   n: type another name   Esc: cancel saving"))
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
        case .askPath where subject == .result:
            lang.text("次に課題名とファイル名を確かめて、Enter で保存します。",
                      "Next you can check the title and the file name; Enter saves.")
        case .askPath:
            lang.text("次にファイル名を確かめて、Enter で保存します。", "Next you can check the file name; Enter saves.")
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
        case .form(let title, _, _):
            [.init("Enter", lang.text("保存", "save"))]
                + (title == nil ? [] : [.init("Tab", lang.text("項目を移動", "next field"))])
                + [.init("Backspace", lang.text("1文字消す", "delete")), .init("Esc", lang.text("やめる", "cancel"))]
        case .title:
            [.init("Enter", lang.text("決定", "accept")), .init("Backspace", lang.text("1文字消す", "delete")),
             .init("Esc", lang.text("やめる", "cancel"))]
        case .overwrite:
            [.init("y", lang.text("上書き", "replace")), .init("n", lang.text("別の名前", "another name")),
             .init("Esc", lang.text("やめる", "cancel"))]
        }
    }
}
