import JCTACore
import Testing
@testable import JCTAScreens

/// What a clinician found on the result screen and on small screens: a restart forgets the title, the
/// answers are picked from the top, the key bars show the keys that work (and keep the way out), the
/// question screen keeps its help, `?` hint, case line and 「わからない」 at 60x16, and a save message is
/// never cut.
@Suite struct ResultScreenReadingTests {
    static let studyA: [Intent] = [.activate] + [1, 1, 1, 1, 1, 1, 1, 1].map { Intent.choose($0) }
    /// A registry: care-based use, research draws answered not burdensome.
    static let registry: [Intent] = [.activate] + [1, 1, 1, 1, 2, 2].map { Intent.choose($0) }

    @Test func restartingForgetsTheStudyTitle() {
        var state = TestRules.state(TestRules.edition2025)
        for intent in Self.studyA { state.apply(intent) }
        state.apply(.export, .choose(1))
        state.type("降圧薬試験")
        state.apply(.activate, .writeFinished(path: "a.md", failure: nil))
        #expect(state.studyTitle == "降圧薬試験")
        state.apply(.restart)
        #expect(state.panels.last == .confirm(Confirmation(.restart)))
        #expect(Confirmation(.restart).question(.ja).contains("研究課題名は消えます"))
        state.apply(.yes)
        for intent in Self.registry.dropFirst() { state.apply(intent) }
        #expect(state.session.result?.outcome == "out_observational")
        #expect(state.studyTitle.isEmpty)
        state.apply(.end)
        #expect(!state.screenText.contains("降圧薬試験"))
        state.apply(.export, .choose(1))
        #expect(!state.screenText.contains("降圧薬試験"))
    }

    @Test func theFirstJOrKPicksTheFirstAnswerAndEnterAloneReopensNothing() {
        for first in [Intent.moveDown, .moveUp] {
            var state = TestRules.state(TestRules.edition2025)
            for intent in Self.studyA { state.apply(intent) }
            #expect(state.result.selectedStep == nil)
            state.apply(first)
            #expect(state.result.selectedStep == 0)
        }
        var state = TestRules.state(TestRules.edition2025)
        for intent in Self.studyA { state.apply(intent) }
        state.apply(.activate)
        #expect(state.session.result != nil, "Enter with nothing picked must not reopen an answer")
        #expect(state.result.selectedStep == 0)
        state.apply(.moveDown, .activate)
        #expect(state.session.currentNode?.id == "product")
    }

    @Test func theResultBarShowsBackAndKeepsQuitAtEverySize() {
        for (width, height) in [(60, 16), (80, 24), (120, 40)] {
            for language in [Language.ja, .en] {
                var state = TestRules.state(TestRules.edition2025, language: language, width: width, height: height)
                for intent in Self.studyA { state.apply(intent) }
                let bar = state.screenText.split(separator: "\n").suffix(2).joined(separator: "\n")
                #expect(bar.contains(language == .ja ? "q 終了" : "q quit"), "\(width)x\(height) \(language): \(bar)")
                #expect(bar.contains(language == .ja ? "b 戻る" : "b back"), "\(width)x\(height) \(language): \(bar)")
                #expect(bar.contains("L " + (language == .ja ? "English" : "日本語")), "\(width)x\(height) \(language): \(bar)")
                state.apply(.back)
                #expect(state.session.result == nil)
            }
        }
    }

    @Test func theComparisonBarShowsPageDown() {
        var state = TestRules.state(TestRules.edition2025)
        for intent in Self.studyA { state.apply(intent) }
        state.apply(.compare)
        #expect(state.screenText.contains("PgDn 次頁"))
    }

    /// The product question (8 choices, 「わからない」 last) and the burden question at 60x16 and 80x24.
    @Test(arguments: [(60, 16), (80, 24)])
    func smallScreensKeepHelpHintCasesAndNotSure(_ size: (Int, Int)) {
        for language in [Language.ja, .en] {
            for answers in [[1], [1, 1, 1, 1, 2], [1, 1, 1]] {
                var state = TestRules.state(TestRules.edition2025, language: language, width: size.0, height: size.1)
                state.apply(.activate)
                for number in answers { state.apply(.choose(number)) }
                let node = try! #require(state.session.currentNode)
                let text = state.screenText
                let unsure = node.choices.last!.label[language]
                #expect(text.contains(unsure), "\(node.id) \(size) \(language): 「わからない」 hidden\n\(text)")
                #expect(text.contains(language == .ja ? "関係する事例（c で表示）" : "Casebook entries (c to read)"),
                        "\(node.id) \(size) \(language): case line hidden\n\(text)")
                let helpStart = String(node.help[language].prefix(8))
                #expect(text.contains(helpStart), "\(node.id) \(size) \(language): help hidden\n\(text)")
                let helpFits = text.replacingOccurrences(of: "\n", with: "").contains(String(node.help[language].suffix(6)))
                #expect(helpFits || text.contains(language == .ja ? "? で全文を表示" : "? shows all of it"),
                        "\(node.id) \(size) \(language): no way to the rest of the help\n\(text)")
                // The highlight can still reach every choice, 「わからない」 by j alone.
                for _ in node.choices { state.apply(.moveDown) }
                #expect(state.choiceHighlight == node.choices.count - 1)
                #expect(state.screenText.contains(unsure))
            }
        }
    }

    @Test func aSaveMessageIsNeverCutOnANarrowScreen() {
        var state = TestRules.state(TestRules.edition2025, width: 60, height: 16)
        for intent in Self.registry { state.apply(intent) }
        state.status = StatusMessage(AnswersSave.saved("studyB-answers.json"))
        let text = state.screenText.filter { !$0.isWhitespace }
        #expect(text.contains("回答を保存しました:studyB-answers.json（jcta--answersstudyB-answers.jsonで続きから）"), "\(state.screenText)")
        #expect(state.screenText.contains("q 終了"))
    }

    @Test func aFileNameOfAnotherFormatIsPointedOut() {
        var state = TestRules.state(TestRules.edition2025)
        for intent in Self.studyA { state.apply(intent) }
        state.apply(.export, .choose(1), .nextField)
        for _ in 0..<40 { state.apply(.deleteBackward) }
        state.type("studyC.json")
        #expect(state.screenText.contains("注意: ファイル名が .json で終わっていますが"))
        for _ in 0..<4 { state.apply(.deleteBackward) }
        state.type("md")
        #expect(!state.screenText.contains("注意: ファイル名が"))
    }
}
