import Foundation
import Glibc
import JCTACore
import Testing
@testable import JCTAScreens

/// One scripted conversation with the line mode: the lines typed (nil: Ctrl-D; "<idle>": nothing typed
/// before the time limit), and what came back.
final class PlainScript: @unchecked Sendable {
    var input: [String?]
    var output = ""
    var files: [String: String] = [:]
    var existing: Set<String>
    var wipes = 0
    var logged: [UsageLogEntry] = []
    var printed: [String] = []
    var timeouts: [Int?] = []
    var now = 0

    init(_ input: [String?], existing: Set<String> = []) {
        self.input = input
        self.existing = existing
    }

    var io: PlainIO {
        PlainIO(read: { timeout in
                    self.timeouts.append(timeout)
                    guard !self.input.isEmpty else { return .end }
                    let next = self.input.removeFirst()
                    if next == "<idle>" {
                        self.now += timeout ?? 0
                        return .timedOut
                    }
                    self.now += 1
                    return next.map { .line($0) } ?? .end
                },
                readSecret: { prompt, timeout in
                    self.output += prompt
                    self.timeouts.append(timeout)
                    guard !self.input.isEmpty else { return .end }
                    let next = self.input.removeFirst()
                    return next == "<idle>" ? .timedOut : next.map { .line($0) } ?? .end
                },
                write: { self.output += $0 },
                writeFile: { text, path, overwrite in
                    if (self.existing.contains(path) || self.files[path] != nil) && !overwrite { return .exists }
                    if path.hasPrefix("/readonly/") { return .other(LocalizedMessage(ja: "読み取り専用です", en: "read-only")) }
                    self.files[path] = text
                    return nil
                },
                isTerminal: true, home: "/home/doctor", currentFolder: "/work/study",
                isFolder: { ["/work/study/reports", "/home/doctor"].contains($0) })
    }

    func kiosk(exportTarget: KioskSettings.ExportTarget? = .directory("/srv/out"), language: Language = .ja) -> PlainKioskIO {
        PlainKioskIO(settings: KioskSettings(idleResetSeconds: 60, adminPIN: .fixed("8642"), exportTarget: exportTarget,
                                             logsUsage: true, language: language),
                     print: { self.printed.append($0); return nil }, log: { self.logged.append($0) },
                     seconds: { self.now }, wipe: { self.wipes += 1 })
    }
}

@Suite struct PlainPrompterTests {
    let q = TestRules.questionnaire

    /// Runs a conversation; every line printed must be free of screen-reader noise.
    func run(_ script: PlainScript, _ lang: Language, kiosk: PlainKioskIO? = nil) -> PlainPrompter.Ending {
        var prompter = PlainPrompter(questionnaire: q, language: lang, studyDate: nil, clock: { TestRules.fixedTime },
                                     io: script.io, kiosk: kiosk)
        let ending = prompter.run()
        #expect(ScreenReaderNoise.report(script.output) == [], "noise in:\n\(script.output)")
        return ending
    }

    func document(_ answers: [String: String], _ lang: Language, title: String? = nil) throws -> ResultDocument {
        let result = try Classifier(q).classify(answers).get()
        return ResultDocument(result: result, screenedOn: TestRules.fixedTime.date, studyTitle: title, language: lang)
    }

    func t(_ lang: Language, _ ja: String, _ en: String) -> String { lang == .ja ? ja : en }

    @Test(arguments: Language.allCases)
    func wordsOnOneLineFromAPipeReachTheResultReadAsSentences(lang: Language) throws {
        let script = PlainScript(["1 1"])
        #expect(run(script, lang) == .result)
        let expected = SpokenText.result(try document(["product": "drug", "funding": "maker_funds"], lang), questionnaire: q)
        #expect(script.output.contains(expected.joined(separator: "\n")))
        #expect(script.output.contains(t(lang, "結果: 特定臨床研究。", "Result: Specified clinical research.")))
        #expect(script.output.contains(t(lang, "回答の経過、2 件。\n問 1: 評価する対象は医薬品等ですか。 回答: 医薬品",
                                         "Path of answers: 2 items.\nQ1: Is what the study evaluates a product? Answer: A drug")))
        #expect(script.files.isEmpty)
    }

    @Test(arguments: Language.allCases)
    func theEditionIsReadInFullAtTheStartAndBrieflyOnceInEachReadingOfTheResult(lang: Language) {
        let script = PlainScript(["1", "1", "a"])
        _ = run(script, lang)
        let full = SpokenText.edition(q, lang)
        let brief = t(lang, "test 年版の規則による判定です。\n", "Classified under the test edition of the rules.\n")
        #expect(script.output.components(separatedBy: full).count - 1 == 1)
        #expect(script.output.hasPrefix(t(lang, "臨床研究法の該当性スクリーニングです。\n", "Clinical Trials Act screening.\n") + full))
        // Read twice (a reads it again): the brief line once per reading.
        #expect(script.output.components(separatedBy: brief).count - 1 == 2)
        #expect(script.output.components(separatedBy: t(lang, "結果: 特定臨床研究。", "Result: Specified clinical research.")).count - 1 == 2)
    }

    @Test(arguments: Language.allCases)
    func fullWidthInputSpacesAndLabelsTypedOutAreUnderstood(lang: Language) {
        let script = PlainScript(["　１　", "ｂ", t(lang, " 医薬品 ", "a drug"), "？", "ｑ", "ｙ"])
        #expect(run(script, lang) == .quit)
        #expect(script.output.contains(t(lang, "問 1: 医薬品\n", "Q1: A drug\n")))
        #expect(script.output.contains(t(lang, "問 1 に戻ります。", "Back to Q1.")))
        #expect(script.output.contains(t(lang, "この質問について。", "About this question.")))
        #expect(script.output.contains(t(lang, "終了します。", "Goodbye.")))
    }

    @Test func aChoiceIsNamedByItsBeginningOrInEnglishByAWordOnlyItHas() {
        let ja = ["はい、対象者に直接用いる", "いいえ（既存の試料のみ）", "わからない"]
        #expect(ChoiceMatch("はい", labels: ja, language: .ja) == .one(0))
        #expect(ChoiceMatch(" いいえ ", labels: ja, language: .ja) == .one(1))
        #expect(ChoiceMatch("はい、対象者に直接用いる", labels: ja, language: .ja) == .one(0))
        #expect(ChoiceMatch("直接", labels: ja, language: .ja) == .none)
        #expect(ChoiceMatch("はい", labels: ["はい、医薬品", "はい、医療機器", "いいえ"], language: .ja) == .several([0, 1]))
        let en = ["A drug (not an in-vitro diagnostic)", "A medical device (including software as a medical device)",
                  "An in-vitro diagnostic (IVD)", "None: only foods, supplements, or a procedure or technique", "Not sure"]
        #expect(ChoiceMatch("drug", labels: en, language: .en) == .one(0))
        #expect(ChoiceMatch("The DRUG", labels: en, language: .en) == .one(0))
        #expect(ChoiceMatch("medical device", labels: en, language: .en) == .one(1))
        #expect(ChoiceMatch("ivd", labels: en, language: .en) == .one(2))
        #expect(ChoiceMatch("in-vitro diagnostic", labels: en, language: .en) == .several([0, 2]))
        #expect(ChoiceMatch("none", labels: en, language: .en) == .one(3))
        #expect(ChoiceMatch("no", labels: en, language: .en) == .none)
        #expect(ChoiceMatch("not", labels: en, language: .en) == .several([0, 4]))
        #expect(ChoiceMatch("dru", labels: en, language: .en) == .none)
        #expect(ChoiceMatch("yes", labels: ["Yes: it is given to the subjects", "No"], language: .en) == .one(0))
    }

    @Test(arguments: Language.allCases)
    func aTypedWordAnswersOnlyWhenItNamesOneChoice(lang: Language) {
        // "None" and "no" differ as words; "sure" names only "Not sure"; "はい" is 「はい」 whole.
        let script = PlainScript([t(lang, "りんご", "apple"), t(lang, "医薬品", "drug"), t(lang, "はい", "yes"), "q", "y"])
        _ = run(script, lang)
        #expect(script.output.contains(t(lang, "「りんご」 に当たる選択肢はありません。", "No choice matches “apple”.")))
        #expect(script.output.contains(t(lang, "問 1: 医薬品\n", "Q1: A drug\n")))
        #expect(script.output.contains(t(lang, "問 2: はい\n", "Q2: Yes\n")))
        #expect(!script.output.contains(t(lang, "使えないキー", "That key")))
        #expect(!script.output.contains(t(lang, "キーにも", "nor a key")))
        // At the first question "no" is not "None of these"; at the second it is the whole label "No".
        let english = PlainScript(["no", "sure", "no", "q", "y"])
        _ = run(english, .en)
        #expect(english.output.contains("No choice matches “no”."))
        #expect(english.output.contains("Q1: Not sure\n"))
        #expect(english.output.contains("Q2: No\n"))
    }

    @Test(arguments: Language.allCases)
    func aWrongEntrySaysWhatWasWrongAndOnlyTheShortPrompt(lang: Language) {
        let script = PlainScript(["7", "xyz", "", "q"])
        _ = run(script, lang)
        let question = q.node("product")!.question[lang]
        #expect(script.output.components(separatedBy: question).count - 1 == 1, "the question was read again")
        #expect(script.output.contains(t(lang, "7 という選択肢はありません。選択肢は 1 から 3 です。\n1 から 3 で回答。",
                                         "There is no choice 7. The choices are 1 to 3.\nAnswer 1 to 3. ")))
        #expect(script.output.contains(t(lang, "「xyz」 に当たる選択肢はありません。番号か選択肢の文で答えてください。",
                                         "No choice matches “xyz”. Answer with a choice's number or its words.")))
    }

    @Test(arguments: Language.allCases)
    func aPersonsLineIsOneEntryUnlessItIsOnlyNumbers(lang: Language) {
        let script = PlainScript(["Phase II of drug X", "1 2"])
        _ = run(script, lang)
        #expect(script.output.contains(t(lang, "「Phase II of drug X」 に当たる選択肢はありません。",
                                         "No choice matches “Phase II of drug X”.")))
        #expect(!script.output.contains("Phase is"))
        #expect(script.output.contains(t(lang, "結果: ", "Result: ") + Classification.clinical.label[lang]))
    }

    @Test(arguments: Language.allCases)
    func eachAnswerIsConfirmedAndBackReadsThePreviousAnswerFirst(lang: Language) throws {
        let script = PlainScript(["1", "b", "1", "2"])
        _ = run(script, lang)
        let back = t(lang, "問 1 に戻ります。前の回答: 医薬品\n\n問 1: 評価する対象は医薬品等ですか。",
                     "Back to Q1. Your answer was: A drug\n\nQ1: Is what the study evaluates a product?")
        #expect(script.output.contains(back))
        #expect(script.output.contains(t(lang, "問 2: いいえ\n", "Q2: No\n")))
        #expect(script.output.contains(t(lang, "これが最初の質問です。", "This is the first question.")) == false)
        let first = PlainScript(["b"])
        _ = run(first, lang)
        #expect(first.output.contains(t(lang, "これが最初の質問です。", "This is the first question.")))
    }

    @Test(arguments: Language.allCases)
    func helpComesOnlyOnQuestionMarkOrWhenTurnedOnForEveryQuestion(lang: Language) {
        let help = q.node("product")!.help[lang]
        let quiet = PlainScript(["1"])
        _ = run(quiet, lang)
        #expect(!quiet.output.contains(help))
        // ? reads the help and one line on how to hear the keys, each time; k reads the keys once.
        let asked = PlainScript(["?", "?", "k"])
        _ = run(asked, lang)
        #expect(asked.output.components(separatedBy: help).count - 1 == 2)
        #expect(asked.output.contains(t(lang, "この質問の用語、1 件。\n1. 医薬品等: ", "Terms in this question: 1 item.\n1. Products: ")))
        #expect(asked.output.components(separatedBy: t(lang, "使えるキーの一覧は k で読みます。\n", "Type k for the list of keys.\n")).count - 1 == 2)
        #expect(asked.output.components(separatedBy: t(lang, "使えるキーです。", "The keys.")).count - 1 == 1)
        #expect(asked.output.contains(t(lang, "k キー一覧", "k keys")))
        for key in ["b", "c", "g", "r", "L", "q", "a", "h", "k", "Ctrl-D"] {
            #expect(asked.output.contains("\n\(key) "), "the help does not list \(key)")
        }
        let always = PlainScript(["h", "1"])
        _ = run(always, lang)
        #expect(always.output.contains(t(lang, "ヘルプ: ", "Help: ") + q.node("funding")!.help[lang]))
    }

    @Test(arguments: Language.allCases)
    func casesThenANumberReadTheEntryAndItsNoteAndTheGlossaryItsTerms(lang: Language) {
        let script = PlainScript(["1", "c", "1", "5", "", "g", "1", "", "a", "q", "y"])
        _ = run(script, lang)
        let entry = q.caseEntry("1-1")!
        // The item's number and the case's are told apart; one entry is "1", not "1 to 1".
        #expect(script.output.contains(t(lang, "関係する事例、1 件。\n1 番、事例 1-1：企業資金の研究は特定臨床研究。\n1 で全文、0 で事例集のすべて、Enter で戻る: ",
                                         "Casebook entries: 1 item.\nItem 1, case 1-1: An industry-funded study is specified.\n1 for the full text, 0 for the whole casebook, Enter to go back: ")))
        #expect(script.output.contains(entry.text))
        #expect(script.output.contains(entry.note!))
        #expect(script.output.contains(t(lang, "1 か Enter で答えてください。", "Type 1 or Enter.")))
        #expect(!script.output.contains(t(lang, "1 から 1", "1 to 1")))
        #expect(script.output.contains(t(lang, "医薬品等: 医薬品、医療機器、再生医療等製品のこと。",
                                         "Products: Drugs, medical devices and regenerative products.")))
        // 0 lists the whole casebook.
        let whole = PlainScript(["c", "0", "1", ""])
        _ = run(whole, lang)
        #expect(whole.output.contains(t(lang, "事例集のすべての事例、2 件。\n1 番、事例 1-1：", "The whole casebook: 2 items.\nItem 1, case 1-1: ")))
        #expect(whole.output.contains(t(lang, "2 番、事例 3-1：測定だけなら対象外。\n1 から 2 の番号で全文、Enter で戻る: ",
                                        "Item 2, case 3-1: Measuring only is out of scope.\n1 to 2 for the full text, Enter to go back: ")))
        #expect(whole.output.contains(q.caseEntry("1-1")!.text))
        // a reads the question again after the panels closed.
        #expect(script.output.components(separatedBy: q.node("funding")!.question[lang]).count - 1 == 2)
    }

    @Test(arguments: Language.allCases)
    func restartAsksFirst(lang: Language) {
        let script = PlainScript(["1", "r", "n", "r", "y", "2"])
        _ = run(script, lang)
        #expect(script.output.contains(t(lang, "やり直しませんでした。", "Not restarted.")))
        #expect(script.output.contains(t(lang, "最初からやり直します。\n\n問 1: ", "Starting again.\n\nQ1: ")))
        #expect(script.output.contains(t(lang, "結果: ", "Result: ") + Classification.outOfScope.label[lang]))
    }

    @Test(arguments: Language.allCases)
    func quitAsksOnlyWhenAnswersWouldBeLost(lang: Language) {
        let nothing = PlainScript(["q"])
        #expect(run(nothing, lang) == .quit)
        #expect(!nothing.output.contains(t(lang, "終了しますか", "Quit?")))
        let answered = PlainScript(["1", "q", "n", "q", "y"])
        #expect(run(answered, lang) == .quit)
        #expect(answered.output.contains(t(lang, "終了しますか。保存していない回答は失われます。", "Quit? Answers you have not saved will be lost.")))
        #expect(answered.output.contains(t(lang, "続けます。", "Carrying on.")))
        let saved = PlainScript(["2", "e", "3", "", "", "q"])
        #expect(run(saved, lang) == .quit)
        #expect(!saved.output.contains(t(lang, "終了しますか", "Quit?")))
    }

    @Test(arguments: Language.allCases)
    func languageSwitchesAndTheQuestionIsReadInIt(lang: Language) {
        let script = PlainScript(["L"])
        _ = run(script, lang)
        #expect(script.output.contains("Q1: " + q.node("product")!.question.en))
        #expect(script.output.contains("問 1: " + q.node("product")!.question.ja))
        #expect(script.output.contains(t(lang, "Switched to English.", "日本語に切り替えました。")))
    }

    @Test(arguments: Language.allCases)
    func ctrlDOnAQuestionOffersTheAnswersSoFarWithNoId(lang: Language) throws {
        let script = PlainScript(["1", nil, "y", ""])
        let ending = run(script, lang)
        guard case .unanswered(let number, let message) = ending else {
            Issue.record("ended as \(ending)")
            return
        }
        #expect(number == 2)
        #expect(message.contains(q.node("funding")!.question[lang]))
        #expect(!message.contains("funding"))
        #expect(script.output.contains(t(lang, "ここまでの 1 問の回答をファイルに保存しますか。", "Save your answer so far to a file?")))
        let saved = try #require(script.files["jcta-answers-20260401-0905.json"])
        #expect(try AnswersFile.parse(saved, file: "saved").answers == ["product": "drug"])
        #expect(script.output.contains(t(lang, "このファイルにはここまでの回答が入っていて、残りの問の回答を書き足せば jcta classify --answers jcta-answers-20260401-0905.json で結果を出せます。\n",
                                         "The file keeps your answers so far; once the remaining answers are added to it, jcta classify --answers jcta-answers-20260401-0905.json gives the result.\n")))
        // Declining ends at once.
        let declined = PlainScript(["1", nil, "n"])
        #expect(run(declined, lang) == .unanswered(number: 2, message: message))
        #expect(declined.files.isEmpty)
        // Ctrl-D on the result offers to save it.
        let atResult = PlainScript(["2", nil, "y", "3", "", ""])
        #expect(run(atResult, lang) == .result)
        #expect(atResult.files["jcta-20260401-090500.txt"] == (try document(["product": "nothing"], lang).rendered(as: .text)))
    }

    @Test(arguments: Language.allCases)
    func savingOffersTheFullScreensFormatsAndTitleAndReturnsToTheResult(lang: Language) throws {
        let script = PlainScript(["2", "e", "9", "1", "新薬Xの試験", "", "e", "2", "", "study.json", "q"])
        let formats = ExportPanel(subject: .result).formats.count
        #expect(run(script, lang) == .quit)
        let answers = ["product": "nothing"]
        #expect(script.files["jcta-20260401-090500.md"] == (try document(answers, lang, title: "新薬Xの試験").rendered(as: .markdown)))
        #expect(script.files["study.json"] == (try document(answers, lang, title: "新薬Xの試験").rendered(as: .json)))
        #expect(script.output.contains(t(lang, "保存する形式: 1 Markdown (.md)、2 JSON (.json)、3 テキスト (.txt)",
                                         "Save as: 1 Markdown (.md), 2 JSON (.json), 3 Text (.txt)")))
        #expect(script.output.contains(t(lang, "形式は 1 から \(formats) の番号で選んでください。", "Pick the format by a number from 1 to \(formats).")))
        #expect(script.output.contains(t(lang, "Enter で今の 新薬Xの試験 のまま", "Enter to keep 新薬Xの試験")))
        #expect(script.output.components(separatedBy: t(lang, "結果です。", "Result. ")).count - 1 == 3)
        #expect(script.output.contains(t(lang, "研究課題名: 新薬Xの試験", "Study title: 新薬Xの試験")) == false, "the result was read again unasked")
    }

    @Test(arguments: Language.allCases)
    func aTypedNameGetsTheFormatsExtensionAndTheHomeFolderAndIsConfirmedWithItsFolder(lang: Language) throws {
        let script = PlainScript(["2", "e", "1", "", "hf-study", "e", "2", "", "~/notes/hf", "e", "3", "", "old.v2", nil])
        _ = run(script, lang)
        #expect(script.files.keys.sorted() == ["/home/doctor/notes/hf.json", "hf-study.md", "old.v2"])
        #expect(script.output.contains(t(lang, "/work/study フォルダに hf-study.md として保存しました。\n",
                                         "Saved as hf-study.md in the folder /work/study.\n")))
        #expect(script.output.contains(t(lang, "/home/doctor/notes フォルダに hf.json として保存しました。\n",
                                         "Saved as hf.json in the folder /home/doctor/notes.\n")))
        // A folder gets the default name.
        let folders = PlainScript(["2", "e", "1", "", "reports", "e", "3", "", "~/", "q"])
        _ = run(folders, lang)
        #expect(folders.files.keys.sorted() == ["/home/doctor/jcta-20260401-090500.txt", "reports/jcta-20260401-090500.md"])
        #expect(folders.output.contains(t(lang, "/work/study/reports フォルダに jcta-20260401-090500.md として保存しました。",
                                          "Saved as jcta-20260401-090500.md in the folder /work/study/reports.")))
        // The answers so far get .json too.
        let soFar = PlainScript(["1", nil, "y", "~/partial"])
        _ = run(soFar, lang)
        #expect(soFar.files.keys.sorted() == ["/home/doctor/partial.json"])
        #expect(soFar.output.contains(t(lang, "/home/doctor フォルダに partial.json として保存しました。",
                                        "Saved as partial.json in the folder /home/doctor.")))
    }

    @Test(arguments: Language.allCases)
    func aFailedSavesReasonIsASentenceInTheUsersLanguage(lang: Language) throws {
        func reason(_ code: Int32) -> String {
            let message = ExportWriter.reason(.cannotWrite(path: "/data/out/a.md", reason: String(cString: strerror(code))), path: "/data/out/a.md")
            return lang == .ja ? message.ja : message.en
        }
        #expect(reason(ENOENT) == t(lang, "/data/out というフォルダはありません。", "There is no folder /data/out."))
        #expect(reason(EACCES) == t(lang, "/data/out フォルダに書き込む権限がありません。",
                                    "You do not have permission to write in the folder /data/out."))
        #expect(reason(EROFS) == t(lang, "/data/out フォルダは読み取り専用のファイルシステムにあり、書き込めません。",
                                   "The folder /data/out is on a read-only file system."))
        #expect(reason(ENOSPC) == t(lang, "ディスクに空きがありません。", "The disk is full."))
        // A folder that is there but refuses new files keeps the system's text; so does anything else.
        let refused = ExportWriter.reason(.cannotWrite(path: "/tmp/a.md", reason: String(cString: strerror(ENOENT))), path: "/tmp/a.md")
        #expect((lang == .ja ? refused.ja : refused.en).contains(String(cString: strerror(ENOENT))))
        #expect(reason(EIO).contains(String(cString: strerror(EIO))))
        // A real write into a folder that is not there, and onto a folder.
        let missing = "/nonexistent-\(getpid())/hf-study.md"
        #expect(ExportWriter.write("x", to: missing, overwrite: false)
                == .other(LocalizedMessage(ja: "/nonexistent-\(getpid()) というフォルダはありません。", en: "There is no folder /nonexistent-\(getpid()).")))
        let folder = FileManager.default.temporaryDirectory.path
        #expect(ExportWriter.write("x", to: folder, overwrite: false)
                == .other(LocalizedMessage(ja: "\(folder) はフォルダです。ファイル名を入力してください。", en: "\(folder) is a folder; type a file name.")))
    }

    @Test(arguments: Language.allCases)
    func anExistingFileIsReplacedOnlyAfterYes(lang: Language) {
        let kept = PlainScript(["2", "e", "1", "", "study.md", "n", "other.md", "q", "y"], existing: ["study.md"])
        _ = run(kept, lang)
        #expect(kept.files.keys.sorted() == ["other.md"])
        #expect(kept.output.contains(t(lang, "study.md は既にあります。上書きしますか。", "study.md already exists. Replace it?")))
        let replaced = PlainScript(["2", "e", "1", "", "study.md", "y", "q"], existing: ["study.md"])
        _ = run(replaced, lang)
        #expect(replaced.files["study.md"]?.hasPrefix("# ") == true)
        let failed = PlainScript(["2", "e", "1", "", "/readonly/a.md", "b.md", "q"])
        _ = run(failed, lang)
        #expect(failed.output.contains(t(lang, "保存できませんでした。読み取り専用です。", "Could not save. read-only.")))
        #expect(failed.files.keys.sorted() == ["b.md"])
    }

    @Test(arguments: Language.allCases)
    func aNumberOnTheResultChangesThatAnswer(lang: Language) {
        let script = PlainScript(["1", "1", "2", "2"])
        _ = run(script, lang)
        #expect(script.output.contains(t(lang, "問 2 の回答を変えます。今の回答: はい\n\n問 2: ", "Changing your answer to Q2. It was: Yes\n\nQ2: ")))
        #expect(script.output.contains(t(lang, "結果: 臨床研究", "Result: Clinical research")))
    }

    @Test(arguments: Language.allCases)
    func aKioskIgnoresQuitAndCtrlDAndEndsOnlyWithTheOperatorsPIN(lang: Language) {
        let script = PlainScript(["q", nil, "admin", "0000", "1", "admin", "<idle>", "ａｄｍｉｎ", "8642"])
        #expect(run(script, lang, kiosk: script.kiosk(language: lang)) == .operatorExit)
        // A PIN prompt left open resets the kiosk at the end of the idle period.
        #expect(script.timeouts.contains(60))
        #expect(script.wipes == 1)
        #expect(script.output.contains(t(lang, "この端末では終了できません。", "This terminal cannot be quit.")))
        #expect(!script.output.contains("0000"))
        #expect(!script.output.contains("8642"))
        #expect(!script.output.contains(t(lang, "q 終了", "q quit")))
    }

    @Test(arguments: Language.allCases)
    func aKioskResetsAfterTheIdlePeriodWithANoticeAndLogsTheScreening(lang: Language) {
        let script = PlainScript(["1", "1", "<idle>", "", "<idle>", "<idle>", "L", "admin", "8642"])
        _ = run(script, lang, kiosk: script.kiosk(language: lang))
        #expect(script.timeouts.prefix(4) == [nil, 40, 40, 20], "\(script.timeouts)")
        #expect(script.output.contains(t(lang, "操作がないため、あと 20 秒で最初に戻ります。", "Nobody has typed anything: in 20 seconds")))
        #expect(script.wipes == 1)
        #expect(script.logged.map(\.classification) == [.specified])
        // The next person starts in the kiosk's language, with nothing suggested from the last one.
        let afterReset = script.output.components(separatedBy: t(lang, "臨床研究法の該当性スクリーニングです。", "Clinical Trials Act screening.")).last ?? ""
        #expect(afterReset.contains(t(lang, "問 1: ", "Q1: ")))
        #expect(!afterReset.contains(t(lang, "結果: ", "Result: ")))
    }

    @Test(arguments: Language.allCases)
    func aKioskSavesOnlyIntoItsExportDirectoryThenStartsAgain(lang: Language) throws {
        let script = PlainScript(["2", "e", "1", "../../etc/passwd", "", "2", "e", "3", "", "", "2", "n", "admin", "8642"])
        _ = run(script, lang, kiosk: script.kiosk(language: lang))
        #expect(script.files.keys.sorted() == ["/srv/out/jcta-20260401-0905-001.md", "/srv/out/jcta-20260401-0905-002.txt"])
        #expect(script.files["/srv/out/jcta-20260401-0905-001.md"]?.contains("../../etc/passwd") == true)
        #expect(!script.output.contains(t(lang, "ファイル名", "File name")))
        #expect(script.wipes == 3)
        #expect(script.logged.count == 3)
        let printer = PlainScript(["2", "e", "1", "", "", "admin", "8642"])  // a printer offers text only
        _ = run(printer, lang, kiosk: printer.kiosk(exportTarget: .printer, language: lang))
        #expect(printer.printed == [try document(["product": "nothing"], lang).rendered(as: .text)])
        #expect(printer.output.contains(t(lang, "印刷に送りました。", "Sent to the printer.")))
        let off = PlainScript(["2", "e", "admin", "8642"])
        _ = run(off, lang, kiosk: off.kiosk(exportTarget: nil, language: lang))
        #expect(off.output.contains(t(lang, "この端末では保存できません。", "Saving is off on this terminal.")))
        #expect(!off.output.contains(t(lang, "e 保存", "e save")))
    }

    @Test func entriesAreReadForgivingly() {
        #expect(PlainEntry("　３ ") == .number(3))
        #expect(PlainEntry("？") == .help)
        #expect(PlainEntry("ｋ") == .keys)
        #expect(PlainEntry("Ｌ") == .language)
        #expect(PlainEntry("ｙ") == .yes)
        #expect(PlainEntry("0") == .other("0"))
        #expect(PlainEntry.choiceIndex(labelled: "ＮＯＮＥ  of these", among: ["A drug", "None of these"]) == 1)
    }

    @Test func theNoiseRulesCatchWhatTheyName() {
        #expect(ScreenReaderNoise.problems("[回答の経過]").contains("square brackets"))
        #expect(ScreenReaderNoise.problems("  * 1. 質問 -> 回答").contains("a bullet"))
        #expect(ScreenReaderNoise.problems("質問 -> 回答").contains("an arrow or prompt sign"))
        #expect(ScreenReaderNoise.problems("版 2025 (2025-05-31 - )").contains("a dangling dash"))
        #expect(ScreenReaderNoise.problems("jcta 0.1.0").contains("a version string"))
        #expect(ScreenReaderNoise.problems("（a（b））").contains("nested brackets"))
        #expect(ScreenReaderNoise.problems("error: question 2 ('maker_funds')").contains("an internal id"))
        #expect(ScreenReaderNoise.problems("事例 1-1、企業資金の研究は特定臨床研究。（法第2条）") == [])
        #expect(ScreenReaderNoise.problems("is specified clinical research (Art. 2(2)(i), cases 1-1, 1-2).") == [])
    }
}
