/// Paths compared as a case-insensitive file system would: ASCII letters folded byte by byte,
/// other text lower-cased (computed once, only for the paths that need it).
///
/// The folded forms are kept as one run of bytes, so comparing two paths reads bytes in place:
/// no string is copied, counted or decoded in the two million comparisons that sorting 100,000
/// paths takes.
struct FoldedPaths {
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]

    init(_ paths: [String]) {
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(paths.count)
        for path in paths {
            let start = bytes.count
            if path.utf8.allSatisfy({ $0 < 0x80 }) {
                bytes.append(contentsOf: path.utf8.lazy.map(Self.fold))
            } else {
                bytes.append(contentsOf: path.lowercased().utf8.lazy.map(Self.fold))
            }
            bounds.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.bounds = bounds
    }

    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let order = compare(lhs, rhs)
        return order == 0 ? lhs < rhs : order < 0
    }

    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        compare(lhs, rhs) == 0
    }

    private func compare(_ lhs: Int, _ rhs: Int) -> Int {
        let left = bounds[lhs], right = bounds[rhs]
        return bytes.withUnsafeBufferPointer { all in
            var a = left.lowerBound, b = right.lowerBound
            while a < left.upperBound, b < right.upperBound {
                if all[a] != all[b] { return all[a] < all[b] ? -1 : 1 }
                a += 1
                b += 1
            }
            return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
        }
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
