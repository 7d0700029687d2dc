/// The tag vocabulary: the casebook list numbers and free snake_case topics.
public enum TrainingTags {
    /// The casebook lists as tags: 1 特定リスト, 2 臨床研究リスト, 3 対象外リスト.
    public static let lists = ["1", "2", "3"]

    public static func isList(_ tag: String) -> Bool { lists.contains(tag) }

    static func isWellFormed(_ tag: String) -> Bool {
        isList(tag) || IdentifierPattern.snakeCase.matches(tag)
    }
}

extension TrainingTags {
    /// List numbers first, then topics alphabetically: the order of listings and breakdowns.
    public static func ordered(_ tags: some Sequence<String>) -> [String] {
        Array(tags).sorted { (isList($0) ? 0 : 1, $0) < (isList($1) ? 0 : 1, $1) }
    }
}
