/// Which exercises a round uses: those with any of the filter tags, in a seeded, balanced order, the first
/// `count`. Each class (under the edition in use) is shuffled on its own, then the classes are interleaved
/// so that every prefix holds them in proportion to the pool; an exercise on the same topic as the one
/// before changes places with a later one of its class when one can take its place. Exercises are put in id
/// order before shuffling, so moving entries within the file changes nothing.
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
        let ordered = Self.separatingTopics(Self.interleaved(Self.byClass(matching, seed: seed)))
        return Array(ordered.prefix(count ?? ordered.count))
    }

    /// Each class's exercises, shuffled with the seed, in the classes' fixed order.
    static func byClass(_ items: [TrainingItem], seed: UInt64) -> [[TrainingItem]] {
        let shuffled = SeededShuffle.shuffled(items, seed: seed)
        return Classification.allCases.map { classification in shuffled.filter { $0.expected == classification } }
            .filter { !$0.isEmpty }
    }

    /// Takes next from the class furthest behind its share of the pool (ties: the larger class), so any
    /// prefix is balanced as nearly as whole numbers allow.
    static func interleaved(_ groups: [[TrainingItem]]) -> [TrainingItem] {
        let total = groups.map(\.count).reduce(0, +)
        var taken = Array(repeating: 0, count: groups.count)
        var out: [TrainingItem] = []
        while out.count < total {
            let next = groups.indices.filter { taken[$0] < groups[$0].count }.min { a, b in
                // Compare taken/size without division: the lower share goes first.
                let left = taken[a] * groups[b].count, right = taken[b] * groups[a].count
                return left != right ? left < right : groups[a].count > groups[b].count
            }!
            out.append(groups[next][taken[next]])
            taken[next] += 1
        }
        return out
    }

    /// The topic an exercise teaches: its first topic tag (casebook list numbers are not topics).
    static func topic(_ item: TrainingItem) -> String? {
        item.scenario.tags.first { !TrainingTags.isList($0) }
    }

    /// Replaces an exercise whose topic repeats the previous one's with the nearest later one of the same
    /// class on another topic, so the classes stay balanced.
    static func separatingTopics(_ items: [TrainingItem]) -> [TrainingItem] {
        var items = items
        var index = 1
        while index < items.count {
            if let topic = topic(items[index]), topic == Self.topic(items[index - 1]),
               let swap = items[(index + 1)...].firstIndex(where: { Self.topic($0) != topic && $0.expected == items[index].expected }) {
                items.swapAt(index, swap)
            }
            index += 1
        }
        return items
    }
}
