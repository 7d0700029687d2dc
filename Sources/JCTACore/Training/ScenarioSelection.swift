/// Which scenarios a session uses: those with any of the filter tags, in a seeded order, the first `count`.
/// Scenarios are put in id order before shuffling, so moving entries within the file changes nothing.
public struct ScenarioSelection: Sendable, Hashable {
    public var filters: [String]
    public var count: Int?
    public var seed: UInt64

    public init(filters: [String] = [], count: Int? = nil, seed: UInt64) {
        self.filters = filters
        self.count = count
        self.seed = seed
    }

    public enum Problem: Error, Sendable, Hashable {
        /// These filters match no scenario's tags.
        case unknownFilters([String])
        /// No scenario has any of the filters (only possible when the pool itself is empty).
        case nothingSelected
        case countNotPositive(Int)
    }

    public func select(from pool: TrainingPool) throws(Problem) -> [TrainingItem] {
        if let count, count < 1 { throw .countNotPositive(count) }
        let known = Set(pool.tags)
        let unknown = filters.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw .unknownFilters(unknown) }
        let matching = pool.items
            .filter { filters.isEmpty || !Set($0.scenario.tags).isDisjoint(with: filters) }
            .sorted { $0.id < $1.id }
        guard !matching.isEmpty else { throw .nothingSelected }
        let shuffled = SeededShuffle.shuffled(matching, seed: seed)
        return Array(shuffled.prefix(count ?? shuffled.count))
    }
}
