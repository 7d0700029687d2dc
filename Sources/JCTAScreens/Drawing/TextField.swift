/// A one-line text being typed: characters are added and removed at the end.
public struct TextField: Hashable, Sendable {
    public var text: String

    public init(_ text: String = "") {
        self.text = text
    }

    mutating func insert(_ character: Character) {
        // Control characters never belong in a title or a path.
        guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        text.append(character)
    }

    mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    /// What a one-field prompt does after a key: keep asking, close without an answer, or take the text.
    enum PromptAction {
        case stay
        case close
        case submit(String)
    }

    /// The keys of a prompt that only asks for this field (the trainee's name, the operator's PIN):
    /// typing and Backspace edit it, Enter submits the text, Esc closes, anything else is ignored.
    mutating func handlePrompt(_ intent: Intent) -> PromptAction {
        switch intent {
        case .insert(let character): insert(character)
        case .deleteBackward: deleteBackward()
        case .activate: return .submit(text)
        case .close: return .close
        default: break
        }
        return .stay
    }

    /// Draws the field on one row: the end of the text when it is too long, then a block as the cursor.
    /// A field of a form that is not taking keys is drawn muted, without the cursor block.
    func render(into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int, focused: Bool = true) {
        let style: CellStyle = focused ? .highlighted : .muted
        buffer.clear(row: row, from: column, to: column + width, style: style)
        let shown = DisplayWidth.suffix(text, fitting: max(width - 1, 0))
        buffer.write(shown, row: row, column: column, style: style, limit: width)
    }
}
