import BundleModel

/// Paths compared as a case-insensitive file system would: ASCII letters folded byte by byte,
/// other text lower-cased (computed once, only for the paths that need it).
///
/// An ASCII path is read where it is (for the bundle's own entries, in its path table) and
/// folded as it is compared; only the others (paths with other characters, entries of nested
/// archives) are written out, folded, into a run of their own. No string is copied, counted or
/// decoded in the millions of comparisons that sorting a large listing takes, and the paths
/// cost nothing per entry beyond the order that sorts them.
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
        for (index, artifact) in artifacts.enumerated() {
            if artifact.isNested {
                writtenForms[index] = writer.append(Self.lowercasedIfNeeded(artifact.path))
            } else if !artifact.withPathBytes(Self.isASCII) {
                writtenForms[index] = writer.append(artifact.path.lowercased())
            }
        }
        for (offset, directory) in directories.enumerated() where !table.withBytes(of: directory, Self.isASCII) {
            let path = table.withBytes(of: directory) { String(decoding: $0, as: UTF8.self) }
            writtenForms[artifacts.count + offset] = writer.append(path.lowercased())
        }
        self.artifacts = artifacts
        self.directories = directories
        self.table = table
        self.writtenForms = writtenForms
        self.written = writer.finish()
    }

    /// How many paths there are.
    var count: Int { artifacts.count + directories.count }

    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let order = compare(lhs, rhs)
        return order == 0 ? lhs < rhs : order < 0
    }

    func equal(_ lhs: Int, _ rhs: Int) -> Bool {
        compare(lhs, rhs) == 0
    }

    private func compare(_ lhs: Int, _ rhs: Int) -> Int {
        withBytes(of: lhs) { left in
            withBytes(of: rhs) { right in
                var index = 0
                let common = min(left.count, right.count)
                while index < common {
                    let a = Self.fold(left[index]), b = Self.fold(right[index])
                    if a != b { return a < b ? -1 : 1 }
                    index += 1
                }
                return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
            }
        }
    }

    private func withBytes(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Int) -> Int {
        if !writtenForms.isEmpty, let form = writtenForms[index] { return written.withBytes(of: form, body) }
        if index < artifacts.count { return artifacts[index].withPathBytes(body) }
        return table.withBytes(of: directories[index - artifacts.count], body)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// The path itself when it is ASCII, its lower-cased form otherwise.
    private static func lowercasedIfNeeded(_ path: String) -> String {
        path.utf8.allSatisfy { $0 < 0x80 } ? path : path.lowercased()
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
