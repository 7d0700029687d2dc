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

    /// The shortcut for kanji, kana, CJK punctuation and fullwidth forms gives what the general rule gives
    /// (marks 0, the wide ranges 2) for every scalar it covers, and for the marks just beside it.
    @Test func theJapaneseShortcutAgreesWithTheGeneralRule() {
        func general(_ scalar: Unicode.Scalar) -> Int {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: return DisplayWidth.isWide(scalar.value) ? 2 : 1
            }
        }
        let ranges: [ClosedRange<UInt32>] = [0x2FF0...0x30FF, 0x4E00...0x9FFF, 0xFF00...0xFF61]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) == general(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("\u{3099}") == 0)
        #expect(DisplayWidth.of("\u{302A}") == 0)
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
