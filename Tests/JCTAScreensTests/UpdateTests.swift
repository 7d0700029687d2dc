import JCTACore
import Testing
@testable import JCTAScreens

@Suite struct UpdateTests {
    @Test func enterOnTheWelcomeScreenStartsScreening() {
        var state = TestRules.state()
        state.apply(.activate)
        #expect(state.phase == .screening)
        #expect(state.session.currentNode?.id == "product")
    }

    @Test func theCaseBrowserOpensEveryCaseOverTheWelcomeScreen() {
        var state = TestRules.state()
        state.apply(.choose(2))
        #expect(state.phase == .welcome)
        #expect(state.panels == [.caseList(CaseListPanel(caseIDs: ["1-1", "3-1"]))])
        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func aDigitAnswersAtOnce() {
        var state = TestRules.state()
        state.apply(.activate, .choose(1))
        #expect(state.session.currentNode?.id == "funding")
        state.apply(.choose(1))
        #expect(state.session.result?.classification == .specified)
    }

    @Test func aDigitBeyondTheChoicesDoesNothing() {
        var state = TestRules.state()
        state.apply(.activate, .choose(9))
        #expect(state.session.currentNode?.id == "product")
        #expect(state.session.steps.isEmpty)
    }

    @Test func theHighlightMovesAndEnterAnswersWithIt() {
        var state = TestRules.state()
        state.apply(.activate, .moveDown, .moveDown, .moveDown, .moveUp)
        #expect(state.choiceHighlight == 1)
        state.apply(.activate)
        #expect(state.session.result?.classification == .outOfScope)
    }

    @Test func backGoesOneQuestionBackAndHighlightsTheEarlierAnswer() {
        var state = TestRules.state()
        state.apply(.activate, .choose(3))
        state.apply(.back)
        #expect(state.session.currentNode?.id == "product")
        #expect(state.choiceHighlight == 2)
        state.apply(.back)
        #expect(state.phase == .welcome)
    }

    @Test func changingAnAnswerAfterGoingBackChangesTheResult() {
        var state = TestRules.state()
        state.apply(.activate, .choose(1), .choose(1))
        #expect(state.session.result?.classification == .specified)
        state.apply(.back, .choose(2))
        #expect(state.session.result?.classification == .clinical)
    }

    @Test func reopeningAStepOfThePathContinuesFromThere() {
        var state = TestRules.state()
        state.apply(.activate, .choose(1), .choose(2))
        #expect(state.result.selectedStep == nil, "nothing is picked until j, k or Enter")
        state.apply(.moveUp, .activate)
        #expect(state.session.currentNode?.id == "product")
        #expect(state.session.steps.isEmpty)
        state.apply(.choose(2))
        #expect(state.session.result?.classification == .outOfScope)
    }

    @Test func unsureAnswersLeadToConsult() {
        var state = TestRules.state()
        state.apply(.activate, .choose(1), .choose(3))
        #expect(state.session.result?.classification == .consult)
    }

    @Test func restartAsksFirstAndNoKeepsTheAnswers() {
        var state = TestRules.state()
        state.apply(.activate, .choose(1), .restart)
        #expect(state.panels == [.confirm(Confirmation(.restart))])
        #expect(state.inputContext == .confirmation)
        state.apply(.no)
        #expect(state.panels.isEmpty)
        #expect(state.session.steps.count == 1)
        state.apply(.restart, .yes)
        #expect(state.session.steps.isEmpty)
        #expect(state.session.currentNode?.id == "product")
    }

    @Test func quitWithNothingToLoseExitsAtOnce() {
        var state = TestRules.state()
        #expect(state.apply(.quit) == [.exit(0)])
    }

    @Test func quitWithAnswersAsksFirst() {
        var state = TestRules.state()
        #expect(state.apply(.activate, .choose(1), .quit) == [])
        #expect(state.panels == [.confirm(Confirmation(.quit))])
        #expect(state.apply(.no) == [])
        #expect(state.panels.isEmpty)
        state.apply(.quit)
        #expect(state.apply(.yes) == [.exit(0)])
    }

    @Test func languageToggleSwitchesEverythingButNotInsideAPrompt() {
        var state = TestRules.state()
        state.apply(.toggleLanguage)
        #expect(state.language == .en)
        #expect(state.screenText.contains("Start screening"))
        state.apply(.activate, .choose(1), .choose(1), .export, .choose(1))
        #expect(state.inputContext == .text)
        // In a text prompt, L is a letter of the title.
        state.apply(.insert("L"))
        #expect(state.language == .en)
    }

    @Test func casesOpenAndEnterShowsTheFullCase() {
        var state = TestRules.state()
        state.apply(.activate, .cases)
        #expect(state.panels == [.caseList(CaseListPanel(caseIDs: ["3-1"]))])
        state.apply(.activate)
        #expect(state.panels.last == .caseDetail(CaseDetailPanel(caseID: "3-1")))
        #expect(state.screenText.contains("非侵襲の機器で測るだけの研究"))
        state.apply(.close)
        #expect(state.panels.count == 1)
        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func helpShowsTheQuestionsTermsAndClosesWithEsc() {
        var state = TestRules.state()
        state.apply(.activate, .help)
        #expect(state.screenText.contains("医薬品、医療機器、再生医療等製品のこと。"))
        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func eThenADigitThenEnterSavesUnderTheDefaultNameWithTheTitleTypedInTheSameForm() throws {
        var state = TestRules.state()
        state.apply(.activate, .choose(1), .choose(2), .export, .choose(2))
        #expect(state.inputContext == .text)
        state.type("試験A")
        let effects = state.apply(.activate)
        let result = try #require(state.session.result)
        let expected = ResultDocument(result: result, screenedOn: TestRules.fixedTime.date, studyTitle: "試験A", language: .ja)
            .rendered(as: .json)
        #expect(effects == [.write(text: expected, path: "jcta-20260401-090500.json", overwrite: false)])
        state.apply(.writeFinished(path: "jcta-20260401-090500.json", failure: nil))
        #expect(state.panels.isEmpty)
        #expect(state.status?.message.ja == "保存しました: jcta-20260401-090500.json")
        // Nothing is lost now, so q exits without asking.
        #expect(state.apply(.quit) == [.exit(0)])
    }

    @Test func tabMovesBetweenTheTitleAndTheFileName() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(1))
        state.type("T")
        state.apply(.nextField)
        state.type("x")
        guard case .export(let panel)? = state.panels.last, case .form(let title?, let path, .path) = panel.step else {
            Issue.record("not a form with the file name focused")
            return
        }
        #expect(title.text == "T")
        #expect(path.text == "jcta-20260401-090500.mdx")
        state.apply(.nextField)
        state.type("U")
        guard case .export(let again)? = state.panels.last, case .form(let title2?, _, .title) = again.step else {
            Issue.record("Tab did not return to the title")
            return
        }
        #expect(title2.text == "TU")
    }

    @Test func aTakenDefaultNameIsNumberedNeverReplaced() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(1), .activate)
        let effects = state.apply(.writeFinished(path: "jcta-20260401-090500.md", failure: .exists))
        guard case .write(_, let path, let overwrite)? = effects.first else {
            Issue.record("a taken default name did not move on: \(effects)")
            return
        }
        #expect(path == "jcta-20260401-090500-2.md")
        #expect(!overwrite)
        let third = state.apply(.writeFinished(path: "jcta-20260401-090500-2.md", failure: .exists))
        guard case .write(_, let next, false)? = third.first else {
            Issue.record("the second taken name did not move on")
            return
        }
        #expect(next == "jcta-20260401-090500-3.md")
    }

    /// Replaces the default file name in the open export form with `name`.
    static func typeFileName(_ name: String, _ state: inout AppState) {
        state.apply(.nextField)
        for _ in 0..<40 { state.apply(.deleteBackward) }
        state.type(name)
    }

    @Test func aTypedNameThatExistsIsReplacedOnlyAfterYes() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(1))
        Self.typeFileName("study.md", &state)
        state.apply(.activate)
        state.apply(.writeFinished(path: "study.md", failure: .exists))
        #expect(state.inputContext == .confirmation)
        #expect(state.screenText.contains("study.md は既にあります"))
        guard case .write(_, let path, let overwrite)? = state.apply(.yes).first else {
            Issue.record("yes did not write")
            return
        }
        #expect(path == "study.md")
        #expect(overwrite)
    }

    @Test func noToReplacingAsksForAnotherNameAndEscCancels() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(1))
        Self.typeFileName("study.md", &state)
        state.apply(.activate)
        state.apply(.writeFinished(path: "study.md", failure: .exists), .no)
        guard case .export(let panel)? = state.panels.last, case .form(_, let field, .path) = panel.step else {
            Issue.record("not back at the file name")
            return
        }
        #expect(field.text == "study.md")
        state.apply(.activate)
        state.apply(.writeFinished(path: "study.md", failure: .exists))
        #expect(state.inputContext == .confirmation)
        // Esc at the overwrite question cancels the export (it is not read as "no, another name").
        #expect(KeyMap.intent(for: .escape, in: .confirmation) == .close)
        state.apply(.close)
        #expect(state.panels.isEmpty)
    }

    @Test func escCancelsEveryStepOfTheExport() {
        for steps in [[Intent](), [.choose(1)], [.choose(1), .nextField]] {
            var state = TestRules.state()
            state.apply(.activate, .choose(2), .export)
            for step in steps { state.apply(step) }
            state.apply(.close)
            #expect(state.panels.isEmpty, "\(steps)")
        }
    }

    @Test func aFailedWriteSaysWhyAndKeepsTheSession() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(3))
        Self.typeFileName("/nonexistent/x.txt", &state)
        state.apply(.activate)
        let why = LocalizedMessage(ja: "/nonexistent/x.txt に書き込めません: No such file or directory",
                                   en: "cannot write /nonexistent/x.txt: No such file or directory")
        state.apply(.writeFinished(path: "/nonexistent/x.txt", failure: .other(why)))
        #expect(state.screenText.contains("書き込めません"))
        #expect(state.session.result?.classification == .outOfScope)
        state.apply(.close)
        #expect(state.panels.isEmpty)
        #expect(state.session.result?.classification == .outOfScope)
    }

    @Test func aStatusMessageGoesWhenTheScreenChanges() {
        var state = TestRules.state()
        state.apply(.activate, .choose(2), .export, .choose(1), .activate)
        state.apply(.writeFinished(path: "jcta-20260401-090500.md", failure: nil))
        #expect(state.screenText.contains("保存しました"))
        state.apply(.moveDown)
        #expect(state.status != nil, "moving within the result keeps the screen")
        state.apply(.cases)
        #expect(state.status == nil)
        #expect(!state.screenText.contains("保存しました"))
    }

    @Test func statusMessagesExpireAfterIdleTicks() {
        var state = TestRules.state()
        state.status = StatusMessage(LocalizedMessage(ja: "保存しました", en: "Saved"))
        for _ in 1..<StatusMessage.lifetimeInTicks { state.apply(.tick) }
        #expect(state.status != nil)
        state.apply(.tick)
        #expect(state.status == nil)
    }

    @Test func belowTheMinimumOnlyAResizeCounts() {
        var state = TestRules.state()
        state.apply(.resize(width: 50, height: 12))
        #expect(state.isTooSmall)
        #expect(state.screenText.filter { !$0.isWhitespace }.contains("60x16以上に広げてください（現在50x12）"))
        state.apply(.activate)
        #expect(state.phase == .welcome)
        state.apply(.resize(width: 80, height: 24), .activate)
        #expect(state.phase == .screening)
    }

    @Test func resultScrollingKeepsTheHighlightedStepInView() {
        var state = TestRules.state(TestRules.edition2025)
        state.apply(.activate)
        for number in [1, 1, 1, 1, 1, 1, 1, 1] { state.apply(.choose(number)) }
        #expect(state.session.result?.classification == .specified)
        state.apply(.pageDown, .pageDown, .pageDown, .pageDown)
        #expect(state.result.scroll > 0)
        for _ in 0..<10 { state.apply(.moveUp) }
        #expect(state.result.selectedStep == 0)
        #expect(state.screenText.contains("問1 " + TestRules.edition2025.node("exclusion")!.question.ja.prefix(10)))
    }
}
