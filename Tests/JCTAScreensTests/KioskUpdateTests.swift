import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// Kiosk mode in `update`: the idle countdown and reset, what a reset wipes, keys that do nothing, the
/// operator's PIN, and exports that can only land in the export directory under generated names.
@Suite struct KioskUpdateTests {
    /// Product "a drug", then "not funded": clinical research, on the test rules.
    static let clinicalPath: [Intent] = [.activate, .choose(1), .choose(2)]

    @Test func anUntouchedKioskNeverCountsDown() {
        var state = TestRules.kioskState()
        #expect(state.tick(1000).isEmpty)
        #expect(state.kiosk?.countdownSeconds == nil)
    }

    @Test func theCountdownShowsInTheLastPartAndTheResetComesWhenThePeriodIsOver() {
        // 10 s: the countdown shows for the last 5 s (half of a period shorter than 40 s).
        var state = TestRules.kioskState(idleResetSeconds: 10)
        state.apply(.activate, .choose(1))
        #expect(state.tick(19).isEmpty)
        #expect(state.kiosk?.countdownSeconds == nil)
        #expect(!state.screenText.contains("あと"))
        _ = state.tick(1)
        #expect(state.kiosk?.countdownSeconds == 5)
        #expect(state.screenText.contains("あと 5 秒で最初の画面に戻ります"))
        _ = state.tick(16)
        #expect(state.kiosk?.countdownSeconds == 1)
        #expect(state.session.steps.count == 1)
        let effects = state.tick(4)
        #expect(effects.contains(.clearScrollback))
        #expect(state.phase == .welcome)
        #expect(state.session.steps.isEmpty)
        #expect(state.kiosk?.countdownSeconds == nil)
    }

    @Test func aLongPeriodCountsDownOnlyTheLastTwentySeconds() {
        var state = TestRules.kioskState(idleResetSeconds: 120)
        state.apply(.activate)
        _ = state.tick(399)
        #expect(state.kiosk?.countdownSeconds == nil)
        _ = state.tick(1)
        #expect(state.kiosk?.countdownSeconds == 20)
    }

    @Test func aKeyDuringTheCountdownOnlyCancelsIt() {
        var state = TestRules.kioskState(idleResetSeconds: 10)
        state.apply(.activate)
        _ = state.tick(30)
        #expect(state.kiosk?.countdownSeconds != nil)
        state.apply(.choose(1))
        #expect(state.kiosk?.countdownSeconds == nil)
        #expect(state.session.steps.isEmpty, "the key that cancels the countdown must not also answer")
        // The idle period starts again from that key.
        _ = state.tick(39)
        #expect(state.phase == .screening)
    }

    @Test func anyKeyEvenOneWithNoMeaningKeepsTheKioskAwake() {
        var state = TestRules.kioskState(idleResetSeconds: 10)
        state.apply(.activate)
        _ = state.tick(30)
        state.apply(.otherKey)
        #expect(state.kiosk?.countdownSeconds == nil)
        _ = state.tick(39)
        #expect(state.phase == .screening)
    }

    @Test func theResetWipesAnswersSuggestionsTitleLanguageAndPanels() {
        var state = TestRules.kioskState(idleResetSeconds: 10)
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2])
        state.apply(.export, .choose(1))
        state.type("秘密の研究")
        state.apply(.toggleLanguage)
        #expect(state.language == .ja, "L is text inside the title prompt")
        state.apply(.close, .toggleLanguage)
        #expect(state.language == .en)
        state.studyTitle = "秘密の研究"
        let effects = state.tick(40)
        #expect(effects.last == .clearScrollback)
        #expect(effects.contains(.log(UsageLogEntry(edition: "test", classification: .clinical, durationSeconds: 0,
                                                    ending: .abandoned, language: .en))))
        #expect(state.phase == .welcome)
        #expect(state.session.steps.isEmpty && state.session.result == nil)
        #expect(state.studyTitle.isEmpty)
        #expect(state.language == .ja)
        #expect(state.panels.isEmpty)
        #expect(state.exportedAnswers == nil)
        // Nothing of the last person is suggested to the next.
        state.apply(.activate)
        #expect(state.choiceHighlight == 0)
        #expect(state.session.suggestedChoiceIndex == 0)
        #expect(!state.screenText.contains("秘密"))
    }

    @Test func theResetDropsATrainingRoundAndTheTraineesName() {
        var state = TestRules.kioskState(TestRules.edition2025)
        state.trainingPlan = TestRules.trainingPlan(trainee: nil)
        state.apply(.choose(3))
        state.type("佐藤")
        state.apply(.activate, .choose(1))
        #expect(state.training?.session.trainee == "佐藤")
        _ = state.tick(40)
        #expect(state.training == nil)
        #expect(state.phase == .welcome)
        #expect(!state.screenText.contains("佐藤"))
    }

    @Test func quitAndTheOtherWaysOutDoNothingInAKiosk() {
        var state = TestRules.kioskState()
        #expect(state.apply(.quit).isEmpty)
        #expect(state.panels.isEmpty)
        state.apply(.activate, .choose(1))
        #expect(state.apply(.quit).isEmpty)
        #expect(state.panels.isEmpty)
        #expect(state.apply(.otherKey).isEmpty)
        #expect(state.session.steps.count == 1)
        // Outside a kiosk, q on the welcome screen quits.
        var plain = TestRules.state()
        #expect(plain.apply(.quit) == [.exit(0)])
    }

    @Test func theKeyBarOffersNoWayOut() {
        var state = TestRules.kioskState()
        #expect(!keys(state).contains { $0.key == "q" })
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2])
        #expect(keys(state).first?.key == "n")
    }

    @Test func theRightPINExitsAndAWrongOneSaysSo() {
        var state = TestRules.kioskState()
        state.apply(.activate, .choose(1))
        state.apply(.admin)
        #expect(state.inputContext == .text)
        state.type("1234")
        #expect(state.screenText.contains("****"))
        #expect(!state.screenText.contains("1234"))
        #expect(state.apply(.activate) == [.log(UsageLogEntry(event: .pinFailure))])
        #expect(state.screenText.contains("PIN が違います"))
        #expect(!state.screenText.contains("****"), "the field is emptied for the next try")
        state.apply(.close)
        #expect(state.panels.isEmpty)
        #expect(state.session.steps.count == 1)
        state.apply(.admin)
        state.type("246")
        #expect(state.apply(.activate) == [.log(UsageLogEntry(event: .pinFailure))], "a prefix of the PIN is wrong")
        state.type(TestRules.pin)
        #expect(state.apply(.activate) == [.exit(0)])
    }

    @Test func escClosesThePINPromptAndTheAdminKeyDoesNothingOutsideAKiosk() {
        var state = TestRules.kioskState()
        state.apply(.admin)
        state.type(TestRules.pin)
        state.apply(.close)
        #expect(state.panels.isEmpty)
        var plain = TestRules.state()
        plain.apply(.admin)
        #expect(plain.panels.isEmpty)
    }

    @Test func generatedNamesAreTheOnlyNamesJoinedToTheExportDirectory() {
        let name = KioskExportName.make(subject: .result, time: TestRules.fixedTime, sequence: 7, format: .markdown)
        #expect(name == "jcta-20260401-0905-007.md")
        #expect(KioskExportName.make(subject: .scoreSheet, time: TestRules.fixedTime, sequence: 12, format: .json)
                == "jcta-score-20260401-0905-012.json")
        #expect(KioskExportName.path(name, in: "/srv/jcta") == "/srv/jcta/jcta-20260401-0905-007.md")
        #expect(KioskExportName.path(name, in: "/srv/jcta/") == "/srv/jcta/jcta-20260401-0905-007.md")
        for hostile in ["../x.md", "/etc/passwd", "a/b.md", "..", ".", ".bashrc", "x..md", "", "名前.md", "x\u{0}.md", "x md"] {
            #expect(KioskExportName.path(hostile, in: "/srv/jcta") == nil, "\(hostile)")
        }
    }

    @Test func aKioskExportAsksNoPathAndWritesUnderAGeneratedNameWhateverTheTitleSays() {
        var state = TestRules.kioskState()
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export, .choose(1))
        state.type("../../../tmp/escape.md")
        let effects = state.apply(.activate)
        guard case .write(let text, let path, let overwrite)? = effects.first else {
            Issue.record("expected a write, got \(effects)")
            return
        }
        #expect(path == "/srv/jcta/jcta-20260401-0905-001.md")
        #expect(!overwrite)
        #expect(text.contains("../../../tmp/escape.md"), "what was typed is the title inside the document")
        #expect(!state.screenText.contains("保存先のファイル名"))
    }

    @Test func aTakenNameIsSkippedNeverReplaced() {
        var state = TestRules.kioskState()
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export, .choose(1), .activate)
        let retry = state.apply(.writeFinished(path: "/srv/jcta/jcta-20260401-0905-001.md", failure: .exists))
        guard case .write(_, let path, let overwrite)? = retry.first else {
            Issue.record("expected another write, got \(retry)")
            return
        }
        #expect(path == "/srv/jcta/jcta-20260401-0905-002.md")
        #expect(!overwrite)
    }

    @Test func aSavedExportSendsTheKioskToTheNextPerson() {
        var state = TestRules.kioskState()
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export, .choose(2), .activate)
        let effects = state.apply(.writeFinished(path: "/srv/jcta/jcta-20260401-0905-001.json", failure: nil))
        #expect(effects.contains(.clearScrollback))
        #expect(state.phase == .welcome)
        #expect(state.session.steps.isEmpty)
        #expect(state.status?.message.ja.contains("受付番号 001") == true)
        #expect(state.status?.message.ja.contains("jcta-20260401-0905-001.json") == true)
        #expect(state.screenText.contains("受付番号 001"))
        // The reference stays for the visitor to note, but never reaches the next visitor's questions.
        _ = state.tick(200)
        #expect(state.screenText.contains("受付番号 001"))
        state.apply(.activate)
        #expect(state.status == nil)
        #expect(!state.screenText.contains("受付番号"))
    }

    @Test func aFailedExportIsExplainedAndTheKioskGoesOn() {
        var state = TestRules.kioskState()
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export, .choose(1), .activate)
        let failure = LocalizedMessage(ja: "書き込めません: Read-only file system", en: "cannot write: Read-only file system")
        #expect(state.apply(.writeFinished(path: "/srv/jcta/jcta-20260401-0905-001.md", failure: .other(failure))).isEmpty)
        #expect(state.phase == .screening)
        #expect(state.session.result?.classification == .clinical)
        #expect(state.screenText.contains("保存できませんでした"))
        #expect(state.screenText.contains("Read-only"))
        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func withAPrinterTheTextLaidOutForThePageIsPrintedAndTheStatusReported() {
        var state = TestRules.kioskState(exportTarget: .printer)
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export)
        #expect(state.screenText.contains("1  テキスト (.txt)"))
        #expect(!state.screenText.contains("Markdown"), "a printer gets text only")
        state.apply(.choose(1))
        let effects = state.apply(.activate)
        guard case .print(let text)? = effects.first else {
            Issue.record("expected a print, got \(effects)")
            return
        }
        #expect(text == PrintedDocument.layout(state.document?.rendered(as: .text) ?? ""))
        let failure = LocalizedMessage(ja: "印刷コマンドが終了コード 3 で終わりました: offline",
                                       en: "the print command ended with exit status 3: offline")
        state.apply(.printFinished(failure: .other(failure)))
        #expect(state.screenText.filter { !$0.isWhitespace && $0 != "|" }.contains("終了コード3で終わりました:offline"))
        #expect(state.screenText.contains(" 1 形式"), "one format, one key")
        #expect(state.phase == .screening)
        // The next try is a new job, whatever the last one did.
        state.apply(.choose(1))
        guard case .print? = state.apply(.activate).first else {
            Issue.record("expected a second print job")
            return
        }
        let reset = state.apply(.printFinished(failure: nil))
        #expect(state.phase == .welcome)
        #expect(state.screenText.contains("終了コード 0"))
        #expect(reset.contains(.log(UsageLogEntry(edition: "test", classification: .clinical, durationSeconds: 0,
                                                  ending: .printed, language: .ja))))
    }

    @Test func withExportsOffTheExportKeyDoesNothing() {
        var state = TestRules.kioskState(exportTarget: nil)
        state.apply(Self.clinicalPath[0], Self.clinicalPath[1], Self.clinicalPath[2], .export)
        #expect(state.panels.isEmpty)
        #expect(!keys(state).contains { $0.key == "e" })
    }

    @Test func nextPersonOnTheResultResetsAndLogsTheDuration() {
        var state = TestRules.kioskState(idleResetSeconds: 600)
        state.apply(.activate)
        _ = state.tick(10)
        state.apply(.choose(1))
        _ = state.tick(6)
        state.apply(.choose(1))
        _ = state.tick(8)
        let effects = state.apply(.next)
        #expect(effects == [.log(UsageLogEntry(edition: "test", classification: .specified, durationSeconds: 4,
                                               ending: .abandoned, language: .ja)), .clearScrollback])
        #expect(state.phase == .welcome)
    }

    @Test func aResetWithoutAResultLogsNothing() {
        var state = TestRules.kioskState(idleResetSeconds: 10)
        state.apply(.activate, .choose(1))
        #expect(state.tick(40) == [.clearScrollback])
    }

    @Test func aLogLineHoldsOnlyTheAllowedKeys() throws {
        let entry = UsageLogEntry(edition: "2025\"\n", classification: .outOfScope, durationSeconds: 42, ending: .saved,
                                  language: .en)
        let line = entry.jsonLine(time: "2026-04-01T09:05:07+09:00")
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false)
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(Set(object?.keys ?? [:].keys) == ["time", "event", "edition", "class", "ending", "language", "duration_seconds"])
        #expect(object?["event"] as? String == "screening")
        #expect(object?["ending"] as? String == "saved")
        #expect(object?["class"] as? String == "out_of_scope")
        #expect(object?["duration_seconds"] as? Int == 42)
        #expect(object?["edition"] as? String == "2025\"\n")
    }
}
