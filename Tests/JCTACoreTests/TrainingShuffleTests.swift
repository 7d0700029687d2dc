import XCTest
@testable import JCTACore

final class TrainingShuffleTests: XCTestCase {
    func testSplitMix64MatchesTheReferenceOutput() {
        // The first outputs of the reference SplitMix64 for seed 0.
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual([generator.next(), generator.next(), generator.next()],
                       [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    func testTheShuffleForAFixedSeedIsExactlyThisOrder() {
        // Computed independently (a Python transcription of the same algorithm), so any machine agrees.
        XCTAssertEqual(SeededShuffle.shuffled(Array(0..<10), seed: 7), [8, 1, 5, 9, 0, 4, 3, 2, 6, 7])
        XCTAssertEqual(SeededShuffle.shuffled(Array(0..<10), seed: 8), [5, 7, 0, 3, 6, 4, 8, 1, 9, 2])
    }

    func testDifferentSeedsGiveDifferentOrdersAndAShuffleKeepsEveryItem() {
        let items = Array(0..<20)
        let orders = Set((0..<10).map { SeededShuffle.shuffled(items, seed: UInt64($0)) })
        XCTAssertEqual(orders.count, 10)
        for order in orders { XCTAssertEqual(order.sorted(), items) }
        XCTAssertEqual(SeededShuffle.shuffled([Int](), seed: 1), [])
        XCTAssertEqual(SeededShuffle.shuffled([42], seed: 1), [42])
    }

    func testBoundedDrawsStayInRange() {
        var generator = SplitMix64(seed: 99)
        for bound in [1, 2, 3, 7, 49, 1000] {
            for _ in 0..<200 { XCTAssertTrue((0..<bound).contains(generator.next(below: bound))) }
        }
    }
}
