import Testing
@testable import JCTAScreens

@Suite struct KeyMapTests {
    @Test func commandKeysAsTheIssueLists() {
        func command(_ key: KeyEvent) -> Intent? { KeyMap.intent(for: key, in: .commands) }
        #expect(command(.character("3")) == .choose(3))
        #expect(command(.character("0")) == nil)
        #expect(command(.up) == .moveUp)
        #expect(command(.character("k")) == .moveUp)
        #expect(command(.down) == .moveDown)
        #expect(command(.character("j")) == .moveDown)
        #expect(command(.enter) == .activate)
        #expect(command(.character("b")) == .back)
        #expect(command(.backspace) == .back)
        #expect(command(.left) == .back)
        #expect(command(.character("r")) == .restart)
        #expect(command(.character("c")) == .cases)
        #expect(command(.character("?")) == .help)
        #expect(command(.character("L")) == .toggleLanguage)
        #expect(command(.character("e")) == .export)
        #expect(command(.character("q")) == .quit)
        #expect(command(.escape) == .close)
        #expect(command(.pageDown) == .pageDown)
    }

    @Test func textPromptsTakeEveryCharacter() {
        #expect(KeyMap.intent(for: .character("q"), in: .text) == .insert("q"))
        #expect(KeyMap.intent(for: .character("研"), in: .text) == .insert("研"))
        #expect(KeyMap.intent(for: .backspace, in: .text) == .deleteBackward)
        #expect(KeyMap.intent(for: .enter, in: .text) == .activate)
        #expect(KeyMap.intent(for: .escape, in: .text) == .close)
    }

    @Test func confirmationsTakeOnlyYesAndNo() {
        #expect(KeyMap.intent(for: .character("y"), in: .confirmation) == .yes)
        #expect(KeyMap.intent(for: .character("N"), in: .confirmation) == .no)
        #expect(KeyMap.intent(for: .escape, in: .confirmation) == .close)
        #expect(KeyMap.intent(for: .character("q"), in: .confirmation) == nil)
        #expect(KeyMap.intent(for: .enter, in: .confirmation) == nil)
    }
}
