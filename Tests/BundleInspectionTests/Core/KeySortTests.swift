import BundleModel
import Testing

/// `KeySort` orders keys as `sorted()` does, whatever bytes they share: random keys, keys that
/// agree on their top bytes or differ only in them, runs already in order, and repeated keys.
@Suite struct KeySortTests {
    private func sortedByKeySort(_ keys: [UInt64]) -> [UInt64] {
        var copy = keys
        copy.withUnsafeMutableBufferPointer { KeySort.sort($0) }
        return copy
    }

    @Test(arguments: [0, 1, 2, 31, 32, 33, 500, 20_000])
    func sortsAsSortedDoes(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let shapes: [(UInt64) -> UInt64] = [
            { $0 },
            { $0 & 0xFFFF },
            { $0 & 0xFF00_0000_0000_00FF },
            { 0x1234_5600_0000_0000 | ($0 & 0x00FF_0000_FFFF_0000) },
            { $0 % 7 },
        ]
        for (shape, transform) in shapes.enumerated() {
            let keys = (0..<count).map { _ in transform(UInt64.random(in: 0...UInt64.max, using: &generator)) }
            #expect(sortedByKeySort(keys) == keys.sorted(), "shape \(shape)")
            #expect(sortedByKeySort(keys.sorted()) == keys.sorted(), "shape \(shape), in order")
            #expect(sortedByKeySort(keys.sorted().reversed()) == keys.sorted(), "shape \(shape), reversed")
        }
    }
}
