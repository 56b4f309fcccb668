/// Paths compared as a case-insensitive file system would: ASCII letters folded byte by byte,
/// other text lower-cased (computed once, only for the paths that need it).
///
/// The folded forms are kept as one run of bytes, so comparing two paths reads bytes in place:
/// no string is copied, counted or decoded in the two million comparisons that sorting 100,000
/// paths takes.
struct FoldedPaths {
    private let bytes: [UInt8]
    /// Where each path's bytes start in `bytes`, and where the last one ends.
    private let starts: [UInt32]

    /// The folded forms of `paths`; at most 4 GiB of them (a bundle's paths are capped far below).
    init(_ paths: [String]) {
        // Sized first: growing the run as it fills would need twice its size at a time.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paths.reduce(0) { $0 + Self.key($1).utf8.count })
        var starts: [UInt32] = []
        starts.reserveCapacity(paths.count + 1)
        for path in paths {
            starts.append(UInt32(truncatingIfNeeded: bytes.count))
            bytes.append(contentsOf: Self.key(path).utf8.lazy.map(Self.fold))
        }
        starts.append(UInt32(truncatingIfNeeded: bytes.count))
        self.bytes = bytes
        self.starts = starts
    }

    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let order = compare(lhs, rhs)
        return order == 0 ? lhs < rhs : order < 0
    }

    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        compare(lhs, rhs) == 0
    }

    private func compare(_ lhs: Int, _ rhs: Int) -> Int {
        let left = Int(starts[lhs])..<Int(starts[lhs + 1]), right = Int(starts[rhs])..<Int(starts[rhs + 1])
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

    /// The path itself when it is ASCII, its lower-cased form otherwise.
    private static func key(_ path: String) -> String {
        path.utf8.allSatisfy { $0 < 0x80 } ? path : path.lowercased()
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
