import Testing
@testable import JCTAScreens

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of("jcta 2025") == 9)
    }

    @Test func japaneseAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.of("臨床研究") == 8)
        #expect(DisplayWidth.of("、。「」") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
    }

    @Test func halfwidthKatakanaIsOneColumn() {
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("か\u{3099}") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(DisplayWidth.of("\u{1F600}") == 2)
    }

    @Test func ambiguousCharactersCountOne() {
        // Kept out of layout; counted as glibc and tmux count them.
        #expect(DisplayWidth.of("…※○") == 3)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.prefix("臨床研究", fitting: 5) == "臨床")
        #expect(DisplayWidth.truncate("臨床研究法の対象", to: 9) == "臨床研\u{2026}")
        #expect(DisplayWidth.suffix("abc臨床", fitting: 5) == "c臨床")
    }
}
