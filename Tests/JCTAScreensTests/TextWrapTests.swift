import Testing
@testable import JCTAScreens

@Suite struct TextWrapTests {
    @Test func englishBreaksAtSpaces() {
        #expect(TextWrap.lines("Answer questions about a planned study", width: 16)
            == ["Answer questions", "about a planned", "study"])
    }

    @Test func japaneseBreaksByDisplayWidth() {
        let lines = TextWrap.lines("臨床研究法の対象となる研究かどうかを確かめます", width: 10)
        #expect(lines == ["臨床研究法", "の対象とな", "る研究かど", "うかを確か", "めます"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func noLineStartsWithClosingPunctuation() {
        // Without 禁則 the second line would start with 。
        let lines = TextWrap.lines("研究です。次の質問", width: 8)
        #expect(lines == ["研究で", "す。次の", "質問"])
        #expect(lines.allSatisfy { !TextWrap.noLineStart.contains($0.first ?? "a") })
        #expect(lines.joined() == "研究です。次の質問")
    }

    @Test func closingBracketAndCommaMoveTheirNeighbourDown() {
        let lines = TextWrap.lines("あいうえ」かきくけ、こ", width: 8)
        #expect(lines == ["あいう", "え」かき", "くけ、こ"])
    }

    @Test func noLineEndsWithAnOpeningBracket() {
        let lines = TextWrap.lines("あいう「えお」です", width: 8)
        #expect(lines == ["あいう", "「えお」", "です"])
        #expect(lines.allSatisfy { !TextWrap.noLineEnd.contains($0.last ?? "a") })
    }

    @Test func aWordLongerThanTheLineIsSplit() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func mixedTextKeepsEveryCharacter() {
        let text = "JIS規格への適合性試験（事例3-8）のどれかにあたりますか。"
        let lines = TextWrap.lines(text, width: 12)
        #expect(lines.joined() == text)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
    }

    @Test func newlinesStartNewLinesAndEmptyParagraphsStay() {
        #expect(TextWrap.lines("a\n\nb", width: 10) == ["a", "", "b"])
    }
}
