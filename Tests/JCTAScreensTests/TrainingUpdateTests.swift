import JCTACore
import Testing
@testable import JCTAScreens

/// Training rounds in `update`: started from the welcome screen with the trainee's name, a pick, the walk on
/// the question screen, the feedback, the score and the score sheet export.
@Suite struct TrainingUpdateTests {
    static func started(trainee: String? = "佐藤 花子") -> AppState {
        var state = TestRules.state(TestRules.edition2025)
        state.trainingPlan = TestRules.trainingPlan(trainee: trainee)
        state.apply(.choose(3))
        return state
    }

    static func number(of classification: Classification) -> Int {
        TrainingPrompts.classes.firstIndex(of: classification)! + 1
    }

    @Test func trainingIsOfferedOnlyWithAPlan() {
        #expect(!TestRules.state().modes.contains(.training))
        #expect(!TestRules.state().screenText.contains("研修"))
        var state = TestRules.state()
        state.trainingPlan = TestRules.trainingPlan()
        #expect(state.modes == [.screening, .caseBrowser, .training])
        #expect(state.screenText.contains("3  研修"))
    }

    @Test func theTraineeIsAskedInJapaneseWhenTheCommandLineNamedNone() {
        var state = Self.started(trainee: nil)
        #expect(state.inputContext == .text)
        state.type("佐藤")
        state.apply(.deleteBackward)
        state.type("藤 花子")
        state.apply(.activate)
        #expect(state.phase == .training)
        #expect(state.training?.session.trainee == "佐藤 花子")
        #expect(state.screenText.contains("受講者: 佐藤 花子"))
    }

    @Test func escOnTheTraineePromptGoesBackToTheWelcomeScreen() {
        var state = Self.started(trainee: nil)
        state.apply(.close)
        #expect(state.phase == .welcome)
        #expect(state.training == nil)
    }

    @Test func aRightPickSkippingTheWalkScoresAndMovesOn() {
        var state = Self.started()
        let expected = state.training!.session.current!.expected
        state.apply(.choose(Self.number(of: expected)))
        #expect(state.training?.session.phase == .offeringWalk)
        state.apply(.choose(2))
        #expect(state.training?.session.phase == .feedback)
        #expect(state.training?.session.feedback?.isCorrect == true)
        #expect(state.screenText.contains("正解"))
        state.apply(.activate)
        #expect(state.training?.session.index == 1)
        #expect(state.training?.session.phase == .choosing)
    }

    @Test func aWrongPickShowsWhyAndHighlightsTheDecisiveRows() {
        var state = Self.started()
        state.apply(.choose(Self.number(of: .specified)), .choose(2))
        let feedback = state.training!.session.feedback!
        #expect(!feedback.isCorrect)
        #expect(!feedback.decisiveNodes.isEmpty)
        #expect(state.screenText.contains("不正解"))
        // Page to the path and find a decisive row drawn reversed in the warning tone.
        var found = false
        for _ in 0..<6 where !found {
            let buffer = ScreenBuffer(rendering: state)
            found = buffer.textLines.indices.contains { row in
                buffer.textLines[row].contains("*") && buffer.styleLines[row].contains("W")
            }
            state.apply(.pageDown)
        }
        #expect(found)
    }

    @Test func theWalkUsesTheQuestionScreenAndEscStopsIt() {
        var state = Self.started()
        state.apply(.choose(1), .choose(1))
        #expect(state.training?.session.phase == .walking)
        let root = TestRules.edition2025.node(TestRules.edition2025.root)!
        #expect(state.screenText.contains("問1 "))
        #expect(state.currentNode?.id == root.id)
        state.apply(.choose(1))
        #expect(state.screenText.contains("問2 "))
        state.apply(.back)
        #expect(state.screenText.contains("問1 "))
        state.apply(.close)
        #expect(state.training?.session.phase == .feedback)
        #expect(state.training?.session.feedback?.walk == nil)
    }

    @Test func walkingToTheEndComparesTheWalk() {
        var state = Self.started()
        state.apply(.choose(1), .choose(1))
        for _ in 0..<20 where state.training?.session.phase == .walking {
            state.apply(.choose(1))
        }
        #expect(state.training?.session.phase == .feedback)
        #expect(state.training?.session.feedback?.walk != nil)
    }

    @Test func theScoreListsTheRoundAndItsSheetExportsThroughTheExportPanel() {
        var state = Self.started()
        let first = state.training!.session.current!.expected
        state.apply(.choose(Self.number(of: first)), .choose(2), .activate)
        state.apply(.choose(Self.number(of: .consult)), .choose(2), .activate)
        #expect(state.training?.session.phase == .finished)
        #expect(state.screenText.contains("得点: 1/2 (50%)"))
        #expect(state.wouldLoseAnswers)
        state.apply(.export)
        guard case .export(let panel)? = state.panels.last else {
            Issue.record("no export panel")
            return
        }
        #expect(panel.subject == .scoreSheet)
        #expect(panel.formats == [.markdown, .json])
        state.apply(.choose(3))
        #expect(state.inputContext == .commands, "there is no third format for a score sheet")
        state.apply(.choose(2))
        #expect(state.screenText.contains("score-佐藤_花子-seed7-2026-04-01-09-05-00.json"))
        let effects = state.apply(.activate)
        let sheet = state.training!.session.scoreSheet(date: TestRules.fixedTime.date, time: "09:05:00").rendered(as: .json, language: .ja)
        #expect(effects == [.write(text: sheet, path: "score-佐藤_花子-seed7-2026-04-01-09-05-00.json", overwrite: false)])
        state.apply(.writeFinished(path: "score-佐藤_花子-seed7-2026-04-01-09-05-00.json", failure: nil))
        #expect(!state.wouldLoseAnswers)
        state.apply(.activate)
        #expect(state.phase == .welcome)
        #expect(state.training == nil)
    }

    @Test func quittingMidRoundFromTheWelcomeScreenKeepsTheAnswersUnderTheSheetsDefaultName() {
        var state = Self.started()
        state.keepsTrainingSheetOnQuit = true  // as the welcome screen's command sets it, like `jcta train`
        state.apply(.choose(1), .choose(2))
        #expect(state.apply(.quit).isEmpty)
        guard case .confirm(let confirmation)? = state.panels.last, case .quitRound(let name) = confirmation.action else {
            Issue.record("no quit confirmation naming a sheet")
            return
        }
        #expect(name.hasPrefix("score-佐藤_花子-seed7-2026-04-01-09-05-"), "named as the other sheets, trainee and seconds: \(name)")
        #expect(name.hasSuffix(".md"))
        #expect(state.screenText.contains("研修を途中で終了しますか"))
        #expect(state.apply(.yes) == [.exit(0)])
        #expect(state.training?.keptOnQuit == name)
    }

    @Test func notQuittingKeepsTheRoundAndWritesNothing() {
        var state = Self.started()
        state.apply(.choose(1), .choose(2))
        state.apply(.quit)
        #expect(state.apply(.no).isEmpty)
        #expect(state.panels.isEmpty)
        #expect(state.training?.keptOnQuit == nil)
        #expect(state.training?.session.phase == .feedback)
    }

    @Test func quittingBeforeAnyAnswerAsksNothingAndKeepsNothing() {
        var state = Self.started()
        #expect(state.apply(.quit) == [.exit(0)])
        #expect(state.training?.keptOnQuit == nil)
    }

    @Test func quittingMidRoundWhereTheCommandKeepsASheetNamesTheFile() {
        var state = Self.started()
        state.keepsTrainingSheetOnQuit = true
        state.trainingSheetOnQuit = "score-sato.md"
        state.apply(.choose(1), .choose(2))
        #expect(state.apply(.quit).isEmpty)
        #expect(state.panels == [.confirm(Confirmation(.quitRound(keepingSheetAt: "score-sato.md")))])
        #expect(state.screenText.contains("score-sato.md"))
        #expect(state.apply(.yes) == [.exit(0)])
        #expect(state.training?.keptOnQuit == "score-sato.md")
    }

    @Test func aRoundOfJctaTrainWithAJSONSheetFormatKeepsAJSONSheet() {
        var state = Self.started()
        state.keepsTrainingSheetOnQuit = true
        state.trainingSheetExtension = "json"
        state.apply(.choose(1), .choose(2))
        state.apply(.quit)
        guard case .confirm(let confirmation)? = state.panels.last, case .quitRound(let path) = confirmation.action else {
            Issue.record("no quit confirmation naming a sheet")
            return
        }
        #expect(path.hasSuffix(".json"))
    }

    @Test func aPickNotYetCheckedAsksBeforeQuittingAndTheDefaultNameCarriesTheTrainee() {
        var state = Self.started()
        state.keepsTrainingSheetOnQuit = true
        state.apply(.choose(4))
        #expect(state.training?.session.phase == .offeringWalk)
        #expect(state.apply(.quit).isEmpty, "a pick alone is an answer worth keeping")
        let name = "score-佐藤_花子-seed7-2026-04-01-09-05-00.md"
        #expect(state.panels == [.confirm(Confirmation(.quitRound(keepingSheetAt: name)))])
        #expect(state.trainingSheetOnQuit == name, "the runner writes the name the confirmation showed")
        let sheet = state.training!.session.scoreSheet(date: TestRules.fixedTime.date)
        #expect(sheet.records.map(\.picked) == [.consult])
        #expect(sheet.notReached == 1)
    }

    @Test func aCaseListWithNoEntriesOffersNoKeyToOpenOne() {
        let empty = CaseListPanel(caseIDs: []).keys(.ja).map(\.label)
        #expect(!empty.contains("開く"))
        #expect(empty.contains("閉じる"))
        #expect(CaseListPanel(caseIDs: ["1-1"]).keys(.ja).map(\.label).contains("開く"))
    }

    @Test func aFinishedRoundWhoseSheetIsKeptQuitsWithoutAsking() {
        var state = Self.started()
        state.keepsTrainingSheetOnQuit = true
        state.apply(.choose(1), .choose(2), .activate, .choose(1), .choose(2), .activate)
        #expect(state.training?.session.phase == .finished)
        #expect(state.apply(.quit) == [.exit(0)])
    }

    @Test func theExerciseTextIsOneKeyAwayOnTheWalkAndTheFeedback() {
        var state = Self.started()
        let description = state.training!.session.current!.scenario.description.ja
        let opening = String(description.prefix(12))
        state.apply(.choose(1), .choose(1))
        #expect(state.training?.session.phase == .walking)
        #expect(!state.screenText.contains(opening))
        state.apply(.scenarioText)
        #expect(state.screenText.contains("設問文"))
        #expect(state.screenText.contains(opening))
        state.apply(.close)
        #expect(state.panels.isEmpty)
        state.apply(.close)
        #expect(state.training?.session.phase == .feedback)
        state.apply(.scenarioText)
        #expect(state.screenText.contains(opening))
        state.apply(.scenarioText)
        #expect(state.panels.isEmpty, "t closes it again")
    }

    @Test func feedbackNamesTheExerciseByTitleWithNoIdsOrTagCodes() {
        var state = Self.started()
        let item = state.training!.session.current!
        let wrong = TrainingPrompts.classes.first { $0 != item.expected }!
        state.apply(.choose(Self.number(of: wrong)), .choose(2))
        let screen = state.screenText
        #expect(screen.contains(String(item.scenario.title.ja.prefix(8))))
        #expect(!screen.contains(item.id))
        for tag in item.scenario.tags where !TrainingTags.isList(tag) { #expect(!screen.contains(tag)) }
        // The first page shows the teaching point's heading.
        #expect(screen.contains("解説"))
    }

    @Test func theHelpInARoundListsTheRoundsKeysFirst() {
        var state = Self.started()
        state.apply(.help)
        let screen = state.screenText
        #expect(screen.contains("設問の分類を選ぶ"))
        #expect(screen.contains("設問文をもう一度見る"))
    }

    @Test func outOfTurnKeysChangeNothing() {
        var state = Self.started()
        state.apply(.choose(9), .back, .close)
        #expect(state.training?.session.phase == .choosing)
        #expect(state.training?.session.index == 0)
    }
}
