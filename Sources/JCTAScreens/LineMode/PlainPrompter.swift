import JCTACore

/// The questionnaire as numbered line prompts, for screen readers, braille displays, serial consoles and
/// pipes (`echo 1 2 2 | jcta --plain`): the same session and the same result text as the exports.
/// Answers are read as whitespace-separated tokens; `b` goes back one question.
public struct PlainPrompter {
    /// How the conversation ended.
    public enum Ending: Equatable, Sendable {
        /// The result was printed (and saved, if asked).
        case result
        /// The input ended while this question (its position on the path, from 1) was unanswered.
        case unanswered(node: String, number: Int)
    }

    /// One unit of input: a word, or a line with nothing on it.
    enum Token: Equatable {
        case word(String)
        case emptyLine
    }

    private var session: ScreeningSession
    private let language: Language
    private let studyDate: CivilDate?
    private let clock: @Sendable () -> LocalTimestamp
    private let readLine: () -> String?
    private let write: (String) -> Void
    private let writeFile: (_ text: String, _ path: String, _ overwrite: Bool) -> WriteFailure?
    private var queued: [String] = []

    public init(questionnaire: Questionnaire, language: Language, studyDate: CivilDate?,
                clock: @escaping @Sendable () -> LocalTimestamp, readLine: @escaping () -> String?,
                write: @escaping (String) -> Void,
                writeFile: @escaping (_ text: String, _ path: String, _ overwrite: Bool) -> WriteFailure?) {
        session = ScreeningSession(questionnaire)
        self.language = language
        self.studyDate = studyDate
        self.clock = clock
        self.readLine = readLine
        self.write = write
        self.writeFile = writeFile
    }

    private func say(_ ja: String, _ en: String) {
        write(language.text(ja, en))
    }

    /// The next token; nil at the end of input.
    private mutating func nextToken() -> Token? {
        if queued.isEmpty {
            guard let line = readLine() else { return nil }
            queued = line.split(whereSeparator: \.isWhitespace).map(String.init)
            if queued.isEmpty { return .emptyLine }
        }
        return .word(queued.removeFirst())
    }

    public mutating func run() -> Ending {
        let q = session.questionnaire
        say("jcta 臨床研究法 該当性スクリーニング（版 \(q.edition) \(q.title.ja) \(q.effectivePeriod)）\n",
            "jcta Clinical Trials Act screening (edition \(q.edition) \(q.title.en) \(q.effectivePeriod))\n")
        write(Disclaimer.text[language] + "\n")
        say("番号を入力して Enter。b で一つ前の質問に戻ります。\n", "Type a choice number and Enter; b goes back one question.\n")
        while let node = session.currentNode {
            let number = session.steps.count + 1
            write("\n" + language.text("問 \(number)", "Q\(number)") + ": " + node.question[language] + "\n")
            write("  " + node.help[language] + "\n")
            for (index, choice) in node.choices.enumerated() {
                write("  \(index + 1). \(choice.label[language])\n")
            }
            say("番号 (1-\(node.choices.count), b: 戻る) > ", "Number (1-\(node.choices.count), b: back) > ")
            switch nextToken() {
            case nil:
                write("\n")
                return .unanswered(node: node.id, number: number)
            case .emptyLine?:
                continue
            case .word("b")?:
                if session.steps.isEmpty { say("これが最初の質問です。\n", "This is the first question.\n") }
                session.back()
            case .word(let word)?:
                if let choice = Int(word), node.choices.indices.contains(choice - 1) {
                    // The index was just checked against this question's choices.
                    try? session.answer(index: choice - 1)
                } else {
                    say("1 から \(node.choices.count) の番号で答えてください。\n", "Answer with a number from 1 to \(node.choices.count).\n")
                }
            }
        }
        guard let result = session.result else { return .result }
        let document = ResultDocument(result: result, screenedOn: clock().date, studyDate: studyDate, language: language)
        write("\n" + document.rendered(as: .text))
        offerExport(document)
        return .result
    }

    /// Asks for a format and a file name; Enter or the end of input skips.
    private mutating func offerExport(_ document: ResultDocument) {
        say("\n保存する形式の番号 (1 Markdown, 2 JSON, 3 テキスト; Enter で保存せず終了) > ",
            "\nSave as (1 Markdown, 2 JSON, 3 text; Enter to finish without saving) > ")
        guard case .word(let word)? = nextToken(), let number = Int(word), (1...3).contains(number) else {
            write("\n")
            return
        }
        let format = ExportPanel(subject: .result).formats[number - 1]
        let fallback = ExportPanel.defaultFileName(clock(), format: format)
        say("ファイル名 [\(fallback)] > ", "File name [\(fallback)] > ")
        var path = fallback
        if case .word(let typed)? = nextToken() { path = typed }
        let text = document.rendered(as: format)
        var failure = writeFile(text, path, false)
        if failure == .exists {
            say("\(path) は既にあります。上書きしますか (y/n) > ", "\(path) already exists. Replace it (y/n) > ")
            guard case .word(let answer)? = nextToken(), answer.lowercased() == "y" else {
                say("\n保存しませんでした。\n", "\nNot saved.\n")
                return
            }
            failure = writeFile(text, path, true)
        }
        switch failure {
        case nil: say("保存しました: \(path)\n", "Saved: \(path)\n")
        case .exists?: say("保存しませんでした。\n", "Not saved.\n")
        case .other(let message)?: write(message(language) + "\n")
        }
    }
}
