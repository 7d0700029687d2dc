import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// `s` saves the answers so far to resume later, and `resume(answers:)` opens the screening where they end.
@Suite struct AnswersSaveTests {
    @Test func sOnAQuestionAsksAPathAndWritesTheAnswersFileClassifyReads() throws {
        var state = TestRules.state()
        state.studyDate = CivilDate(year: 2026, month: 5, day: 1)
        state.apply(.activate, .choose(1))
        #expect(state.screenText.contains("s 途中保存"))
        state.apply(.saveAnswers)
        #expect(state.screenText.contains("回答を保存（あとで続きから）"))
        #expect(state.screenText.contains("jcta-answers-20260401-090500.json"))
        let effects = state.apply(.activate)
        guard case .write(let text, let path, let overwrite)? = effects.first else {
            Issue.record("expected a write, got \(effects)")
            return
        }
        #expect(path == "jcta-answers-20260401-090500.json")
        #expect(!overwrite)
        let file = try AnswersFile.parse(text, file: path)
        #expect(file.edition == "test")
        #expect(file.studyDate == CivilDate(year: 2026, month: 5, day: 1))
        #expect(file.answers == ["product": "drug"])
        // A taken default name moves on to the next one, as an export's does; nothing is replaced.
        let retry = state.apply(.writeFinished(path: path, failure: .exists))
        guard case .write(_, let next, let replace)? = retry.first else {
            Issue.record("expected a second write, got \(retry)")
            return
        }
        #expect(next == "jcta-answers-20260401-090500-2.json")
        #expect(!replace)
        state.apply(.writeFinished(path: next, failure: nil))
        #expect(state.panels.isEmpty)
        #expect(state.status?.message.ja.contains("jcta --answers jcta-answers-20260401-090500-2.json") == true)
        #expect(!state.wouldLoseAnswers, "saved answers make quitting safe")
    }

    @Test func sIsOfferedOnTheResultButNotBeforeTheFirstAnswerNorOnTheWelcomeScreen() {
        var state = TestRules.state()
        #expect(state.apply(.saveAnswers).isEmpty)
        #expect(state.panels.isEmpty)
        state.apply(.activate)
        state.apply(.saveAnswers)
        #expect(state.panels.isEmpty, "nothing to save before the first answer")
        #expect(!state.screenText.contains("途中保存"))
        state.apply(.choose(1), .choose(2))
        #expect(state.session.result != nil)
        #expect(state.screenText.contains("途中保存"))
        state.apply(.saveAnswers)
        #expect(!state.panels.isEmpty)
    }

    @Test func aKioskSavesAnswersOnlyIntoItsExportDirectory() {
        var state = TestRules.kioskState()
        state.apply(.activate, .choose(1))
        #expect(state.screenText.contains("途中保存"))
        let effects = state.apply(.saveAnswers)
        guard case .write(_, let path, false)? = effects.first else {
            Issue.record("expected a write into the export directory, got \(effects)")
            return
        }
        #expect(path == "/srv/jcta/jcta-answers-20260401-0905-001.json")
        var printer = TestRules.kioskState(exportTarget: .printer)
        printer.apply(.activate, .choose(1))
        #expect(!printer.screenText.contains("途中保存"))
        #expect(printer.apply(.saveAnswers).isEmpty)
        #expect(printer.panels.isEmpty)
    }

    @Test func resumingOpensAtTheFirstUnansweredQuestionOrAtTheResult() {
        var partial = TestRules.state()
        partial.resume(answers: ["product": "drug"], title: "試験A")
        #expect(partial.phase == .screening)
        #expect(partial.session.currentNode?.id == "funding")
        #expect(partial.studyTitle == "試験A")
        #expect(!partial.wouldLoseAnswers)
        var complete = TestRules.state()
        complete.resume(answers: ["product": "drug", "funding": "maker_funds"], title: nil)
        #expect(complete.session.result?.classification == .specified)
    }
}
