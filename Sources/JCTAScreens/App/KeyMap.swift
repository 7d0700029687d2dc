/// Turns keys into intents. What a key means depends only on what kind of input the screen expects.
public enum KeyMap {
    /// The kind of input the top of the screen is waiting for.
    public enum Context: Sendable {
        /// Screens and lists: single-key commands.
        case commands
        /// A text prompt: every printable character is text.
        case text
        /// A yes/no question.
        case confirmation
    }

    public static func intent(for key: KeyEvent, in context: Context) -> Intent? {
        switch context {
        case .commands: command(key)
        case .text: text(key)
        case .confirmation: confirmation(key)
        }
    }

    static func command(_ key: KeyEvent) -> Intent? {
        switch key {
        case .up: .moveUp
        case .down: .moveDown
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .enter: .activate
        case .backspace, .left: .back
        case .escape: .close
        case .function(12): .admin
        case .home: .home
        case .end: .end
        case .right, .tab, .function: nil
        case .character(let character):
            switch character {
            case "1"..."9": .choose(Int(String(character))!)
            case "k": .moveUp
            case "j": .moveDown
            case " ": .pageDown
            case "b": .back
            case "r": .restart
            case "c": .cases
            case "?": .help
            case "L", "l": .toggleLanguage
            case "e": .export
            case "v": .compare
            case "s": .saveAnswers
            case "q": .quit
            case "n": .next
            case "t": .scenarioText
            case "o": .showOriginal
            default: nil
            }
        }
    }

    static func text(_ key: KeyEvent) -> Intent? {
        switch key {
        case .function(12): .admin
        case .enter: .activate
        case .backspace: .deleteBackward
        case .escape: .close
        case .tab: .nextField
        case .character(let character): .insert(character)
        default: nil
        }
    }

    static func confirmation(_ key: KeyEvent) -> Intent? {
        switch key {
        case .character("y"), .character("Y"): .yes
        case .character("n"), .character("N"): .no
        // Esc leaves the question without choosing: a yes/no panel reads it as no, the export panel as cancel.
        case .escape: .close
        case .function(12): .admin
        default: nil
        }
    }
}
