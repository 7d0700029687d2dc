/// Wraps text to a display width: English breaks at spaces, Japanese between any two characters, with
/// basic 禁則処理 (no line starts with closing punctuation, no line ends with opening brackets).
public enum TextWrap {
    /// Characters that must not begin a line.
    static let noLineStart: Set<Character> = Set("、。，．・：；？！）」』】〕〉》ー…‥ゝゞ々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;?!)]}%")
    /// Characters that must not end a line.
    static let noLineEnd: Set<Character> = Set("（「『【〔〈《([{")

    /// A piece that is never split unless it is wider than a whole line: a word, a space run or one CJK character.
    struct Piece {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    /// The lines of `text` at most `width` columns wide; each `\n` starts a new line.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 2)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            wrapParagraph(String(paragraph), width: width)
        }
    }

    static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [[Piece]] = []
        var current: [Piece] = []
        var currentWidth = 0
        var queue = pieces(of: paragraph)[...]
        while let piece = queue.popFirst() {
            if piece.isSpace && current.isEmpty && !lines.isEmpty { continue }
            if currentWidth + piece.width <= width {
                current.append(piece)
                currentWidth += piece.width
                continue
            }
            if piece.isSpace {
                lines.append(current)
                current = []
                currentWidth = 0
                continue
            }
            if piece.width > width {
                // A word longer than a line: break it between characters.
                queue = (piece.text.map { Piece(text: String($0), width: DisplayWidth.of($0), isSpace: false) } + queue)[...]
                continue
            }
            var next = [piece]
            applyKinsoku(current: &current, next: &next, width: width)
            lines.append(current)
            current = next
            currentWidth = next.reduce(0) { $0 + $1.width }
        }
        lines.append(current)
        return lines.map { line in
            var line = line
            while line.last?.isSpace == true { line.removeLast() }
            return line.map(\.text).joined()
        }
    }

    /// Moves pieces from the end of `current` to the start of `next` while `next` would begin with a
    /// character that may not start a line, or `current` would end with one that may not end a line.
    static func applyKinsoku(current: inout [Piece], next: inout [Piece], width: Int) {
        func violates() -> Bool {
            guard let last = current.last, !last.isSpace else { return false }
            if let first = next.first?.text.first, noLineStart.contains(first) { return true }
            if let end = last.text.last, noLineEnd.contains(end) { return true }
            return false
        }
        while violates(), current.count > 1 {
            let moved = current.removeLast()
            guard next.reduce(moved.width, { $0 + $1.width }) <= width else {
                current.append(moved)
                return
            }
            next.insert(moved, at: 0)
        }
    }

    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var word = ""
        var wordWidth = 0
        var spaces = ""
        func flushWord() {
            if !word.isEmpty { pieces.append(Piece(text: word, width: wordWidth, isSpace: false)) }
            word = ""
            wordWidth = 0
        }
        func flushSpaces() {
            if !spaces.isEmpty { pieces.append(Piece(text: spaces, width: spaces.count, isSpace: true)) }
            spaces = ""
        }
        for character in text {
            if character == " " || character == "\t" {
                flushWord()
                spaces.append(" ")
                continue
            }
            flushSpaces()
            let width = DisplayWidth.of(character)
            if width == 2 {
                flushWord()
                pieces.append(Piece(text: String(character), width: width, isSpace: false))
            } else {
                word.append(character)
                wordWidth += width
            }
        }
        flushWord()
        flushSpaces()
        return pieces
    }
}
