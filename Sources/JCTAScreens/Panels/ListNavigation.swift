/// The keys every list shares (cases, the welcome menu, a question's choices): j/k and ↑/↓ one entry,
/// PgUp/PgDn a screenful, Home/End the first and last. Digits are each list's own (they also act).
enum ListNavigation {
    /// The entry highlighted after `intent`; nil when the intent does not move the highlight.
    static func move(_ intent: Intent, from selected: Int, count: Int, page: Int) -> Int? {
        guard count > 0 else { return nil }
        let last = count - 1
        switch intent {
        case .moveUp: return max(selected - 1, 0)
        case .moveDown: return min(selected + 1, last)
        case .pageUp: return max(selected - max(page, 1), 0)
        case .pageDown: return min(selected + max(page, 1), last)
        case .home: return 0
        case .end: return last
        default: return nil
        }
    }

    /// The first entry to draw so that the highlighted one, `rows[selected]` rows tall, shows whole in
    /// `visible` rows, moving as little as possible from `previousFirst`.
    static func firstShown(selected: Int, rows: [Int], visible: Int, previousFirst: Int = 0) -> Int {
        guard !rows.isEmpty else { return 0 }
        var first = min(max(previousFirst, 0), selected)
        func used(_ from: Int, through last: Int) -> Int { rows[from...last].reduce(0, +) }
        while first < selected && used(first, through: selected) > visible { first += 1 }
        return first
    }

    /// 「1-6」: the digits that pick an entry in a list of `count`.
    static func digitRange(_ count: Int) -> String {
        count <= 1 ? "1" : "1-\(min(count, 9))"
    }
}
