import Testing
@testable import JCTAScreens

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let end = buffer.write("a臨b", row: 0, column: 0)
        #expect(end == 4)
        #expect(buffer[0, 1].content == .character("臨"))
        #expect(buffer[0, 2].content == .continuation)
        #expect(buffer.textLines == ["a臨b"])
    }

    @Test func aWideCharacterCutAtTheEdgeBecomesASpace() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.write("臨床研究", row: 0, column: 0)
        #expect(buffer.textLines == ["臨床"])
        #expect(buffer[0, 4].content == .character(" "))
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("臨床", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        #expect(buffer.textLines == [" x床"])
    }

    @Test func framesAreASCIIInTextAndStylesAreCodes() {
        var buffer = ScreenBuffer(width: 6, height: 3)
        buffer.box(top: 0, left: 0, bottom: 2, right: 5)
        buffer.write("ok", row: 1, column: 2, style: .highlighted)
        #expect(buffer.textLines == ["+----+", "| ok |", "+----+"])
        #expect(buffer.styleLines == ["", "..rr", ""])
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.write("abc", row: 5, column: 0)
        buffer.write("abcdef", row: 0, column: 1)
        #expect(buffer.textLines == [" ab"])
    }
}
