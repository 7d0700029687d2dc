import JCTACore
import Testing
@testable import JCTAScreens

/// Headers and names are cut by display width with "…", never ".." and never mid-word without it.
@Suite struct EllipsisCutTests {
    @Test func textThatFitsIsLeftAlone() {
        #expect(DisplayWidth.truncate("Trainee: Sato", to: 13) == "Trainee: Sato")
        #expect(DisplayWidth.truncate("受講者: 佐藤", to: 12) == "受講者: 佐藤")
    }

    @Test func englishIsCutAtAWordWithAnEllipsisAndASpareColumn() {
        let cut = DisplayWidth.truncate("Antihypertensive A, multicentre study", to: 34)
        #expect(cut == "Antihypertensive A, multicentre…")
        #expect(DisplayWidth.of(cut) <= 33, "the ellipsis has two columns should a terminal draw it wide")
        #expect(DisplayWidth.truncate("Antihypertensive A, multicentre study", to: 30) == "Antihypertensive A…",
                "back to the last space, without the comma before it")
    }

    @Test func aSingleLongWordIsCutInsideButMarked() {
        #expect(DisplayWidth.truncate("Pharmacokinetics", to: 8) == "Pharma…")
    }

    @Test func japaneseIsCutByDisplayWidthWithAnEllipsis() {
        let cut = DisplayWidth.truncate("海外承認薬による診療の記録の解析", to: 15)
        #expect(cut == "海外承認薬に…")
        #expect(DisplayWidth.of(cut) <= 15)
    }

    @Test func trainingHeadersAreCutWithAnEllipsisNeverTwoDots() {
        for language in [Language.ja, .en] {
            var state = TestRules.state(TestRules.edition2025, language: language, width: AppState.minimumWidth, height: 24)
            state.trainingPlan = TestRules.trainingPlan(trainee: "Hanako Sato-Yamamoto of the research office")
            state.apply(.choose(3))
            let exercise = ScreenBuffer(rendering: state).textLines
            #expect(exercise[1].contains("…"), "the trainee's name is cut: \(exercise[1])")
            state.apply(.choose(1), .choose(2))
            let feedback = ScreenBuffer(rendering: state).textLines
            #expect(!feedback[2].contains("…"), "the class and the pick are never cut (short names instead): \(feedback[2])")
            for line in exercise.prefix(3) + feedback.prefix(3) {
                #expect(!line.contains(".."), "\(language): \(line)")
            }
        }
    }
}
