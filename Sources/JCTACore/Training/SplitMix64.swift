/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose output for a seed is fixed by its
/// definition, so a `--seed` gives every trainee the same scenarios on any machine and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, by rejection so no value is favoured.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        let zone = (UInt64.max / n) * n
        var value = next()
        while value >= zone { value = next() }
        return Int(value % n)
    }
}

/// A Fisher–Yates shuffle written out here rather than the standard library's `shuffle(using:)`, whose
/// algorithm is not promised to stay the same across Swift releases.
public enum SeededShuffle {
    public static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var items = items
        var generator = SplitMix64(seed: seed)
        var index = items.count - 1
        while index > 0 {
            items.swapAt(index, generator.next(below: index + 1))
            index -= 1
        }
        return items
    }
}
