import Foundation
import JCTACore

/// The questionnaire as a conversation of lines, for screen readers, braille displays, serial consoles and
/// pipes (`echo 1 2 2 | jcta --plain`): the same session as the full screen and the same saved documents.
/// Every action of the full screen has a typed command, listed by `?` and in each prompt; a wrong entry
/// gets one line saying what was wrong and the short prompt again. A pipe's line with several words on it,
/// or a typed line of numbers, is taken word by word (unless it is a choice's label typed out in full).
public struct PlainPrompter {
    /// How the conversation ended.
    public enum Ending: Equatable, Sendable {
        /// The input ended after the result was read out (saved or not, as the user chose).
        case result
        /// The user quit.
        case quit
        /// The input ended while the question numbered `number` (its fixed number) was unanswered; `message` says so in the user's language.
        case unanswered(number: Int, message: String)
        /// A kiosk's operator typed the right PIN.
        case operatorExit
    }

    /// What the user gave at a prompt.
    enum Reply: Equatable {
        case entry(String)
        case empty
        /// Ctrl-D or the end of a pipe (a kiosk on a terminal ignores it: `.empty` instead).
        case end
        /// A kiosk's idle period ran out: the caller gives up and the loop resets.
        case idleReset
    }

    var session: ScreeningSession
    var language: Language
    let studyDate: CivilDate?
    let clock: @Sendable () -> LocalTimestamp
    let io: PlainIO
    let kiosk: PlainKioskIO?
    /// Words left over from a line with several on it.
    var queued: [String] = []
    /// "Help always": each question's help is read after its choices.
    var helpAlways = false
    var studyTitle = ""
    /// The answers behind the last saved result, so quitting only asks when something would be lost.
    var savedAnswers: [String: String]?
    /// The question last read out in full; nil reads the current one (again).
    var announced: String?
    var resultRead = false
    /// Kiosk: someone has typed since the last reset (the idle clock runs only then).
    var someoneIsHere = false
    var resetRequested = false
    var screeningStart: Int?
    var resultSecond: Int?
    var exportSequence = 0

    public init(questionnaire: Questionnaire, language: Language, studyDate: CivilDate?,
                clock: @escaping @Sendable () -> LocalTimestamp, io: PlainIO, kiosk: PlainKioskIO? = nil) {
        session = ScreeningSession(questionnaire)
        self.language = language
        self.studyDate = studyDate
        self.clock = clock
        self.io = io
        self.kiosk = kiosk
    }

    var questionnaire: Questionnaire { session.questionnaire }

    func say(_ ja: String, _ en: String) {
        io.write(language.text(ja, en) + "\n")
    }

    func say(lines: [String]) {
        for line in lines { io.write(line + "\n") }
    }

    public mutating func run() -> Ending {
        sayOpening()
        while true {
            if resetRequested {
                resetForNextPerson()
                continue
            }
            let ending = session.currentNode.map { node in askQuestion(node) } ?? atResult()
            if let ending { return ending }
        }
    }

    func sayOpening() {
        say("臨床研究法の該当性スクリーニングです。", "Clinical Trials Act screening.")
        io.write(SpokenText.edition(questionnaire, language) + "\n")
        io.write(Disclaimer.text[language] + "\n")
        say("番号か選択肢の文で答えてください。? でヘルプ、k で使えるキーの一覧を読みます。",
            "Answer with a choice's number or its words. Type ? for help, k for the list of keys.")
    }

    // MARK: Reading entries

    /// Writes `prompt` and reads one entry: a whole line when it is one of `labels`, else its first word
    /// (the others wait for the next prompts).
    mutating func next(_ prompt: String, labels: [String] = []) -> Reply {
        io.write(prompt)
        if !queued.isEmpty {
            let word = queued.removeFirst()
            io.write(word + "\n")
            return .entry(word)
        }
        switch readLine() {
        case .end:
            io.write("\n")
            return .end
        case .idleReset:
            return .idleReset
        case .empty:
            if !io.isTerminal { io.write("\n") }
            return .empty
        case .entry(let line):
            var taken = PlainEntry.normalized(line)
            var words = PlainEntry.words(line)
            // A pipe's words are separate answers; a person's line is one entry, unless it is only numbers.
            let separate = !io.isTerminal || words.allSatisfy { Int($0) != nil }
            if separate && words.count > 1 && ChoiceMatch(line, labels: labels, language: language) == .none {
                taken = words.removeFirst()
                queued = words
            }
            // A pipe's input is not echoed: the transcript shows what was taken.
            if !io.isTerminal { io.write(taken + "\n") }
            return .entry(taken)
        }
    }

    /// Writes `prompt` and reads a line of free text as typed (a title, a file name); nil when the input
    /// ended or a kiosk reset.
    mutating func nextText(_ prompt: String) -> String? {
        io.write(prompt)
        if !queued.isEmpty {
            let words = queued.joined(separator: " ")
            queued = []
            io.write(words + "\n")
            return words
        }
        switch readLine() {
        case .end:
            io.write("\n")
            return nil
        case .idleReset: return nil
        case .empty:
            if !io.isTerminal { io.write("\n") }
            return ""
        case .entry(let line):
            if !io.isTerminal { io.write(line + "\n") }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A line from the input; in a kiosk, under the idle clock, and Ctrl-D on its terminal means nothing.
    mutating func readLine() -> Reply {
        guard let kiosk else { return reply(io.read(nil)) }
        var read: PlainIO.Read
        if someoneIsHere {
            let idle = kiosk.settings.idleResetSeconds
            let warning = min(Kiosk.longestWarningSeconds, max(idle / 2, 1))
            read = idle > warning ? io.read(idle - warning) : .timedOut
            if read == .timedOut {
                io.write("\n")
                say("操作がないため、あと \(warning) 秒で最初に戻ります。入力した回答は消去されます。続けるには Enter を押してください。",
                    "Nobody has typed anything: in \(warning) seconds the kiosk returns to the start and the answers are erased. Press Enter to continue.")
                read = io.read(warning)
                if read == .timedOut {
                    resetRequested = true
                    return .idleReset
                }
                // A line typed during the notice only keeps the session, so a startled user answers nothing.
                return .empty
            }
        } else {
            read = io.read(nil)
        }
        if read == .end && io.isTerminal {
            io.write("\n")
            return .empty
        }
        if case .line = read {
            if !someoneIsHere { screeningStart = kiosk.seconds() }
            someoneIsHere = true
        }
        return reply(read)
    }

    private func reply(_ read: PlainIO.Read) -> Reply {
        switch read {
        case .line(let line): PlainEntry.normalized(line).isEmpty ? .empty : .entry(line)
        case .end: .end
        case .timedOut: .empty
        }
    }

    /// A yes/no question; anything but yes (the end of input, a kiosk reset) is no.
    mutating func confirm(_ ja: String, _ en: String) -> Bool {
        while true {
            switch next(language.text(ja + "y はい、n いいえ: ", en + " y yes, n no: ")) {
            case .end, .idleReset: return false
            case .empty: continue
            case .entry(let word):
                switch PlainEntry(word) {
                case .yes: return true
                case .no, .next: return false
                default: say("y か n で答えてください。", "Answer y or n.")
                }
            }
        }
    }

    // MARK: Questions

    mutating func askQuestion(_ node: QuestionNode) -> Ending? {
        if announced != node.id { announce(node) }
        let labels = node.choices.map { $0.label[language] }
        switch next(questionPrompt(node), labels: labels) {
        case .end: return endedAtQuestion(node)
        case .idleReset, .empty: return nil
        case .entry(let text):
            if let index = PlainEntry.choiceIndex(labelled: text, among: labels) {
                answer(index, of: node)
                return nil
            }
            switch PlainEntry(text) {
            case .other, .yes, .no, .next, .save:
                // Not a key here: a choice's words.
                answerByWords(PlainEntry.normalized(text), labels: labels, of: node)
                return nil
            case let entry:
                return handle(entry, at: node)
            }
        }
    }

    /// A choice named by part of its words answers; several or none are said, and the prompt comes again.
    mutating func answerByWords(_ typed: String, labels: [String], of node: QuestionNode) {
        switch ChoiceMatch(typed, labels: labels, language: language) {
        case .one(let index):
            answer(index, of: node)
        case .several(let indices):
            let numbers = indices.map { String($0 + 1) }
            let last = numbers.last ?? ""
            let listed = numbers.dropLast().joined(separator: language.text("、", ", "))
            say("「\(typed)」 は選択肢 \(listed)\(numbers.count == 2 ? " と " : "、")\(last) の\(numbers.count == 2 ? "どちら" : "どれ")にも当たります。番号で答えてください。",
                "“\(typed)” could mean choice \(listed) or \(last). Answer with the number.")
        case .none:
            say("「\(typed)」 に当たる選択肢はありません。番号か選択肢の文で答えてください。",
                "No choice matches “\(typed)”. Answer with a choice's number or its words.")
        }
    }

    /// The question's fixed number, the one the full screen, the results and the case panels show.
    func number(_ node: String) -> String { SpokenText.spokenNumber(questionnaire.questionNumber(node) ?? 0, language) }

    mutating func announce(_ node: QuestionNode) {
        announced = node.id
        io.write("\n" + number(node.id) + ": " + node.question[language] + "\n")
        for (index, choice) in node.choices.enumerated() {
            io.write("\(index + 1). \(choice.label[language])\n")
        }
        if helpAlways { io.write(language.text("ヘルプ: ", "Help: ") + node.help[language] + "\n") }
    }

    func questionPrompt(_ node: QuestionNode) -> String {
        let count = node.choices.count
        var keys: [String] = []
        if !session.steps.isEmpty { keys.append(language.text("b 戻る", "b back")) }
        keys.append(language.text("c 事例", "c cases"))
        keys += commonKeys()
        return language.text("1 から \(count) で回答。", "Answer 1 to \(count). ") + keys.joined(separator: language.text("、", ", ")) + ": "
    }

    /// The keys every prompt lists after its own.
    func commonKeys() -> [String] {
        var keys = [language.text("? ヘルプ", "? help"), language.text("k キー一覧", "k keys"), language.text("g 用語", "g glossary")]
        if !session.steps.isEmpty { keys.append(language.text("r 最初から", "r restart")) }
        keys.append(language.text("L English", "L 日本語"))
        if kiosk == nil { keys.append(language.text("q 終了", "q quit")) }
        return keys
    }

    mutating func answer(_ index: Int, of node: QuestionNode) {
        // The index is one of this question's choices.
        try? session.answer(index: index)
        io.write(number(node.id) + ": " + node.choices[index].label[language] + "\n")
        if session.result != nil { resultSecond = kiosk?.seconds() }
    }

    mutating func handle(_ entry: PlainEntry, at node: QuestionNode) -> Ending? {
        switch entry {
        case .number(let number) where node.choices.indices.contains(number - 1):
            answer(number - 1, of: node)
        case .number(let number):
            say("\(number) という選択肢はありません。選択肢は 1 から \(node.choices.count) です。",
                "There is no choice \(number). The choices are 1 to \(node.choices.count).")
        case .back:
            if session.steps.isEmpty {
                say("これが最初の質問です。", "This is the first question.")
            } else {
                goBack()
            }
        case .help:
            say(lines: questionHelp(node))
        case .keys:
            say(lines: keyGuide(atResult: false))
        case .cases:
            if node.cases.isEmpty { say("この質問に関係する事例はありません。", "No casebook entries are cited for this question.") }
            readCases(node.cases.map(\.id))
        case .again:
            announced = nil
        default:
            return handleCommon(entry)
        }
        return nil
    }

    /// `b`: back one question, reading out the answer given there before it is asked again.
    mutating func goBack() {
        guard let last = session.steps.last else { return }
        let label = questionnaire.node(last.node)?.choice(last.choice)?.label[language] ?? ""
        session.back()
        resultRead = false
        announced = nil
        say("\(number(last.node)) に戻ります。前の回答: \(label)", "Back to \(number(last.node)). Your answer was: \(label)")
    }

    /// What works on every prompt of a question or the result.
    mutating func handleCommon(_ entry: PlainEntry) -> Ending? {
        switch entry {
        case .glossary:
            readGlossary()
        case .restart:
            if session.steps.isEmpty {
                say("まだ回答していません。", "You have not answered anything yet.")
            } else if confirm("最初からやり直しますか。今の回答は消えます。", "Start again? Your answers will be cleared.") {
                session.restart()
                announced = nil
                resultRead = false
                say("最初からやり直します。", "Starting again.")
            } else {
                say("やり直しませんでした。", "Not restarted.")
            }
        case .language:
            language = language.other
            announced = nil
            resultRead = false
            say("日本語に切り替えました。", "Switched to English.")
        case .helpAlways:
            helpAlways.toggle()
            if helpAlways {
                say("これからは質問ごとにヘルプも読みます。h でやめます。", "Each question's help will now be read with it. h turns this off.")
            } else {
                say("ヘルプは ? のときだけ読みます。", "Help is now read only on ?.")
            }
        case .quit:
            return quit()
        case .operatorPIN where kiosk != nil:
            return operatorPIN()
        case .number, .other, .back, .help, .keys, .cases, .again, .save, .next, .yes, .no, .operatorPIN:
            say(lines: [notAKey(entry)])
        }
        return nil
    }

    func notAKey(_ entry: PlainEntry) -> String {
        let typed: String
        switch entry {
        case .other(let text): typed = text
        default: typed = ""
        }
        return typed.isEmpty
            ? language.text("ここでは使えないキーです。", "That key does nothing here.")
            : language.text("\(typed) は選択肢にもキーにもありません。", "\(typed) is neither a choice nor a key.")
    }

    mutating func quit() -> Ending? {
        if kiosk != nil {
            say("この端末では終了できません。", "This terminal cannot be quit.")
            return nil
        }
        guard wouldLoseAnswers else {
            say("終了します。", "Goodbye.")
            return .quit
        }
        if confirm("終了しますか。保存していない回答は失われます。", "Quit? Answers you have not saved will be lost.") {
            say("終了します。", "Goodbye.")
            return .quit
        }
        say("続けます。", "Carrying on.")
        return nil
    }

    var wouldLoseAnswers: Bool {
        !session.steps.isEmpty && savedAnswers != session.answers
    }

    func questionHelp(_ node: QuestionNode) -> [String] {
        var lines = [language.text("この質問について。", "About this question."), node.help[language]]
        lines += SpokenText.list(language.text("この質問の用語", "Terms in this question"),
                                 node.terms.compactMap { questionnaire.term($0.id) }.map { SpokenText.term($0, language) }, language)
        return lines + [language.text("使えるキーの一覧は k で読みます。", "Type k for the list of keys.")]
    }

    /// The keys, one sentence each.
    func keyGuide(atResult: Bool) -> [String] {
        var lines = [language.text("使えるキーです。全角で入力してもかまいません。", "The keys. Full-width characters work too.")]
        if atResult {
            if exportsOn { lines.append(language.text("e で結果を保存します。形式と研究課題名を選べます。", "e saves the result; you pick the format and the study title.")) }
            lines.append(language.text("a で結果をもう一度読みます。", "a reads the result again."))
            lines.append(language.text("回答の経過にある問の番号を入力すると、その問の回答を変えます。", "A question number from your answers changes that answer."))
            lines.append(language.text("b で最後の質問に戻ります。", "b goes back to the last question."))
            lines.append(language.text("c でこの結果の根拠の事例を読みます。", "c reads the casebook entries behind this result."))
            if kiosk != nil { lines.append(language.text("n で次の方のために最初に戻ります。", "n starts again for the next person.")) }
        } else {
            lines.append(language.text("番号か、選択肢の文をそのまま入力すると、その選択肢で答えます。",
                                       "A number, or a choice's words typed out, answers with that choice."))
            lines.append(language.text("b で一つ前の質問に戻ります。", "b goes back one question."))
            lines.append(language.text("c でこの質問に関係する事例を読みます。そこで 0 を入力すると事例集のすべてです。",
                                       "c reads the casebook entries for this question; 0 there lists the whole casebook."))
            lines.append(language.text("a で質問と選択肢をもう一度読みます。", "a reads the question and its choices again."))
            lines.append(language.text("h で、質問ごとにヘルプも読むかを切り替えます。", "h turns reading each question's help on or off."))
        }
        if atResult {
            lines.append(language.text("? か k でこのキーの一覧を読みます。", "? or k reads this list of keys."))
        } else {
            lines.append(language.text("? でこの質問のヘルプを読みます。", "? reads this question's help."))
            lines.append(language.text("k でこのキーの一覧を読みます。", "k reads this list of keys."))
        }
        lines.append(language.text("g で用語集を読みます。", "g reads the glossary."))
        lines.append(language.text("r で最初からやり直します。確認があります。", "r starts again, after asking."))
        lines.append(language.text("L で English に切り替えます。", "L switches to Japanese."))
        if kiosk == nil {
            lines.append(language.text("q で終了します。保存していない回答があれば確認します。", "q quits, asking first if answers would be lost."))
            lines.append(language.text("Ctrl-D で入力を終えます。ここまでの回答を保存するか聞いてから終わります。",
                                       "Ctrl-D ends the input; you are offered to save your answers first."))
        }
        return lines
    }

    // MARK: Cases and glossary

    /// The entries cited here, numbered; a number reads one in full, 0 lists the whole casebook instead, an
    /// empty line closes.
    mutating func readCases(_ cited: [String]) {
        var ids = cited
        var whole = false
        say(lines: SpokenText.caseList(ids, questionnaire, language))
        while true {
            let numbers = switch ids.count {
            case 0: ""
            case 1: language.text("1 で全文、", "1 for the full text, ")
            default: language.text("1 から \(ids.count) の番号で全文、", "1 to \(ids.count) for the full text, ")
            }
            let all = whole ? "" : language.text("0 で事例集のすべて、", "0 for the whole casebook, ")
            switch next(numbers + all + language.text("Enter で戻る: ", "Enter to go back: ")) {
            case .empty, .end, .idleReset:
                say("事例を閉じました。", "Cases closed.")
                return
            case .entry(let word):
                switch PlainEntry(word) {
                case .number(let number) where ids.indices.contains(number - 1):
                    if let entry = questionnaire.caseEntry(ids[number - 1]) { say(lines: SpokenText.caseEntry(entry, language)) }
                case .other("0") where !whole:
                    ids = questionnaire.cases.map(\.id)
                    whole = true
                    say(lines: SpokenText.caseList(ids, questionnaire, language, whole: true))
                case .back, .cases, .quit:
                    say("事例を閉じました。", "Cases closed.")
                    return
                default:
                    say(lines: [ids.isEmpty ? language.text("0 か Enter で答えてください。", "Type 0 or Enter.")
                                : ids.count == 1 ? language.text("1 か Enter で答えてください。", "Type 1 or Enter.")
                                : language.text("1 から \(ids.count) の番号か、Enter で答えてください。",
                                                "Type a number from 1 to \(ids.count), or Enter.")])
                }
            }
        }
    }

    /// The terms numbered; then a number reads one's definition, until an empty line.
    mutating func readGlossary() {
        let terms = questionnaire.glossary
        say(lines: SpokenText.list(language.text("用語集", "Glossary"), terms.map { $0.term[language] }, language))
        while true {
            let numbers = terms.count == 1 ? language.text("1 で説明、", "1 for its meaning, ")
                : language.text("1 から \(terms.count) の番号で説明、", "1 to \(terms.count) for a term's meaning, ")
            switch next(numbers + language.text("Enter で戻る: ", "Enter to go back: ")) {
            case .empty, .end, .idleReset:
                say("用語集を閉じました。", "Glossary closed.")
                return
            case .entry(let word):
                switch PlainEntry(word) {
                case .number(let number) where terms.indices.contains(number - 1):
                    io.write(SpokenText.term(terms[number - 1], language) + "\n")
                case .back, .glossary, .quit:
                    say("用語集を閉じました。", "Glossary closed.")
                    return
                default:
                    say(terms.count == 1 ? "1 か Enter で答えてください。" : "1 から \(terms.count) の番号か、Enter で答えてください。",
                        terms.count == 1 ? "Type 1 or Enter." : "Type a number from 1 to \(terms.count), or Enter.")
                }
            }
        }
    }

    // MARK: The end of input before a result

    /// Ctrl-D or the end of a pipe on a question: offers to save the answers so far, then ends.
    mutating func endedAtQuestion(_ node: QuestionNode) -> Ending? {
        if kiosk != nil { return .quit }
        let asked = number(node.id)
        let message = language.text("入力が終わりました。\(asked) にまだ答えていないため、結果は出ていません。\(asked): \(node.question[language])",
                                    "The input ended before \(asked) was answered, so there is no result. \(asked): \(node.question[language])")
        io.write(message + "\n")
        if !session.steps.isEmpty,
           confirm("ここまでの \(session.steps.count) 問の回答をファイルに保存しますか。",
                   session.steps.count == 1 ? "Save your answer so far to a file?" : "Save your \(session.steps.count) answers so far to a file?") {
            saveAnswersSoFar()
        }
        return .unanswered(number: questionnaire.questionNumber(node.id) ?? 0, message: message)
    }

    /// The answers so far as an answers file, and what it is for: `jcta classify --answers` reads it once the
    /// remaining answers are added.
    mutating func saveAnswersSoFar() {
        let fallback = "jcta-answers-\(clock().compact).json"
        guard let typed = nextText(language.text("ファイル名。Enter で \(fallback): ", "File name, Enter for \(fallback): ")) else { return }
        let target = savePath(typed.isEmpty ? fallback : typed, defaultName: fallback, "json")
        let text = AnswersFileText.render(edition: questionnaire.edition, studyDate: studyDate, answers: session.answers)
        switch io.writeFile(text, target.path, false) {
        case nil:
            io.write(target.saved(language) + "\n")
            say("このファイルにはここまでの回答が入っていて、残りの問の回答を書き足せば jcta classify --answers \(target.path) で結果を出せます。",
                "The file keeps your answers so far; once the remaining answers are added to it, jcta classify --answers \(target.path) gives the result.")
        case .exists?: say("\(target.path) は既にあるため、保存しませんでした。", "\(target.path) already exists, so nothing was saved.")
        case .other(let message)?:
            say("保存できませんでした。" + SpokenText.sentence(message.ja, .ja), "Could not save. " + SpokenText.sentence(message.en, .en))
        }
    }

    /// A typed file name as written and confirmed.
    func savePath(_ typed: String, defaultName: String, _ fileExtension: String) -> SavePath {
        SavePath(typed: typed, defaultName: defaultName, fileExtension: fileExtension, home: io.home,
                 currentFolder: io.currentFolder, isFolder: io.isFolder)
    }
}
