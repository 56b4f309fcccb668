/// Paths compared as a case-insensitive file system would: ASCII letters folded byte by byte,
/// other text lower-cased (computed once, only for the paths that need it).
struct FoldedPaths {
    private let paths: [String]
    private let unicodeKeys: [Int: String]

    init(_ paths: [String]) {
        self.paths = paths
        var keys: [Int: String] = [:]
        for (index, path) in paths.enumerated() where !path.utf8.allSatisfy({ $0 < 0x80 }) {
            keys[index] = path.lowercased()
        }
        unicodeKeys = keys
    }

    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let order = compare(lhs, rhs)
        return order == 0 ? lhs < rhs : order < 0
    }

    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        compare(lhs, rhs) == 0
    }

    private func compare(_ lhs: Int, _ rhs: Int) -> Int {
        let left = (unicodeKeys[lhs] ?? paths[lhs]).utf8
        let right = (unicodeKeys[rhs] ?? paths[rhs]).utf8
        var a = left.makeIterator()
        var b = right.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?):
                let fx = Self.fold(x), fy = Self.fold(y)
                if fx != fy { return fx < fy ? -1 : 1 }
            }
        }
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
