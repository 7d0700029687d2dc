/// A key as the terminal backend decoded it, before it means anything.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, backspace, escape, tab
    case pageUp, pageDown, home, end
    /// F1-F12.
    case function(Int)
}
