import BundleModel

/// Paths compared as a case-insensitive file system would: ASCII letters folded byte by byte,
/// other text lower-cased (computed once, only for the paths that need it).
///
/// An ASCII path of the bundle itself is read where it is, in the bundle's path table, and
/// folded as it is compared; only the others (paths with other characters, entries of nested
/// archives) are written out, folded, into a run of their own. No string is copied, counted or
/// decoded per path, and the paths cost nothing per entry beyond an 8-byte key that groups them.
struct FoldedPaths {
    private let artifacts: [Artifact]
    private let directories: [PathSlice]
    private let table: PathTable
    /// The folded forms of the paths that are not compared in place, by index.
    private let writtenForms: [Int: PathSlice]
    private let written: PathTable

    /// The folded forms of the artifacts' paths, then of `directories` (slices of `table`).
    init(_ artifacts: [Artifact], directories: [PathSlice], in table: PathTable) {
        var writer = PathTable.Builder(expectedBytes: 0)
        var writtenForms: [Int: PathSlice] = [:]
        // A table all in ASCII (most are) holds no path that needs writing out.
        let allASCII = table.withUnsafeBytes(PathBytes.isASCII)
        for index in artifacts.positions(notIn: table) {
            writtenForms[index] = writer.append(Self.lowercasedIfNeeded(artifacts[index].path))
        }
        if !allASCII {
            artifacts.forEachPath { index, path in
                guard writtenForms[index] == nil, !PathBytes.isASCII(path) else { return }
                writtenForms[index] = writer.append(String(decoding: path, as: UTF8.self).lowercased())
            }
        }
        for (offset, directory) in directories.enumerated()
        where !allASCII && !table.withBytes(of: directory, PathBytes.isASCII) {
            let path = table.withBytes(of: directory) { String(decoding: $0, as: UTF8.self) }
            writtenForms[artifacts.count + offset] = writer.append(path.lowercased())
        }
        self.artifacts = artifacts
        self.directories = directories
        self.table = table
        self.writtenForms = writtenForms
        self.written = writer.finish()
    }

    /// The runs of two or more indices whose paths fold to the same bytes, each in index order.
    ///
    /// Each path is hashed once, folded (`PathBytes`), into a key of 8 bytes (32 bits of the hash
    /// above the index), and the keys are sorted as plain numbers: equal paths end up side by
    /// side, and only paths whose hashes agree are compared byte by byte. The sort reads nothing
    /// but the keys, and the bytes of both tables are read in place.
    func equalRuns() -> [[Int]] {
        table.withUnsafeBytes { shared in
            written.withUnsafeBytes { own in
                let bytes = { (index: Int) -> UnsafeBufferPointer<UInt8> in
                    if !writtenForms.isEmpty, let form = writtenForms[index] {
                        return UnsafeBufferPointer(rebasing: own[form.range])
                    }
                    // Every path not written out is in the table (see `init`).
                    let slice =
                        index < artifacts.count
                        ? artifacts[index].pathSlice(in: table)! : directories[index - artifacts.count]
                    return UnsafeBufferPointer(rebasing: shared[slice.range])
                }
                let total = artifacts.count + directories.count
                var keys = [UInt64](repeating: 0, count: total)
                let key = { (index: Int, path: UnsafeBufferPointer<UInt8>) in
                    PathBytes.foldedHash(path) & 0xFFFF_FFFF_0000_0000 | UInt64(index)
                }
                // The artifacts' paths in place, without copying an artifact, unless written out.
                artifacts.forEachPath { index, path in
                    keys[index] = key(index, writtenForms.isEmpty || writtenForms[index] == nil ? path : bytes(index))
                }
                for index in artifacts.count..<total { keys[index] = key(index, bytes(index)) }
                keys.withUnsafeMutableBufferPointer { KeySort.sort($0) }
                var runs: [[Int]] = []
                var start = 0
                while start < keys.count {
                    var end = start + 1
                    while end < keys.count, keys[end] >> 32 == keys[start] >> 32 { end += 1 }
                    if end - start > 1 {
                        runs += Self.equalRuns(among: keys[start..<end].map { Int($0 & 0xFFFF_FFFF) }, bytes: bytes)
                    }
                    start = end
                }
                return runs
            }
        }
    }

    /// The runs of equal folded paths among `indices` (ascending, of one hash), each in index order.
    private static func equalRuns(
        among indices: [Int], bytes: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> [[Int]] {
        let sorted = indices.sorted { lhs, rhs in
            let order = compare(bytes(lhs), bytes(rhs))
            return order == 0 ? lhs < rhs : order < 0
        }
        var runs: [[Int]] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, compare(bytes(sorted[start]), bytes(sorted[end])) == 0 { end += 1 }
            if end - start > 1 { runs.append(Array(sorted[start..<end])) }
            start = end
        }
        return runs
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        let common = min(left.count, right.count)
        while index < common {
            let a = fold(left[index]), b = fold(right[index])
            if a != b { return a < b ? -1 : 1 }
            index += 1
        }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }

    /// The path itself when it is ASCII, its lower-cased form otherwise.
    private static func lowercasedIfNeeded(_ path: String) -> String {
        path.utf8.allSatisfy { $0 < 0x80 } ? path : path.lowercased()
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        CharacterFolding.asciiLowercased(byte)
    }
}
