/// The tag vocabulary: the casebook list numbers and free snake_case topics.
public enum TrainingTags {
    /// The casebook lists as tags: 1 特定リスト, 2 臨床研究リスト, 3 対象外リスト.
    public static let lists = ["1", "2", "3"]

    public static func isList(_ tag: String) -> Bool { lists.contains(tag) }

    static func isWellFormed(_ tag: String) -> Bool {
        isList(tag) || IdentifierPattern.snakeCase.matches(tag)
    }
}
