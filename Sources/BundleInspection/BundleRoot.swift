import BundleModel

/// The single top-level folder every entry lives under, and paths relative to it.
struct BundleRoot {
    /// The folder, or nil when the entries do not share one.
    let folder: String?

    /// `path` relative to the root; nested paths keep their inner part as it is.
    func relative(_ path: String) -> String {
        guard let folder else { return path }
        if let dropped = Self.asciiPrefixLength(of: path, folder: folder) {
            return dropped == 0 ? path : String(Substring(path.utf8.dropFirst(dropped)))
        }
        if path == folder { return "" }
        let prefix = folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// For an ASCII `path` and `folder` (where a `Character` is a byte, and text compares byte by
    /// byte), how many bytes of `path` are the folder and its `/`: all of them for the folder
    /// itself, 0 for a path outside it; nil for any other path.
    private static func asciiPrefixLength(of path: String, folder: String) -> Int? {
        var path = path
        var folder = folder
        return folder.withUTF8 { name in
            path.withUTF8 { bytes -> Int? in
                guard PathBytes.isASCII(bytes), PathBytes.isASCII(name) else { return nil }
                return prefixLength(of: bytes, folder: name)
            }
        }
    }

    /// How many bytes of `path` are the bytes of `folder` and its `/`: all of them for the
    /// folder itself, 0 for a path outside it.
    private static func prefixLength(of path: UnsafeBufferPointer<UInt8>, folder: UnsafeBufferPointer<UInt8>) -> Int {
        guard path.count >= folder.count else { return 0 }
        for index in folder.indices where path[index] != folder[index] { return 0 }
        if path.count == folder.count { return path.count }
        return path[folder.count] == UInt8(ascii: "/") ? folder.count + 1 : 0
    }

    /// The path at `slice` of `table` relative to the root, as a slice of the same bytes.
    func relative(_ slice: PathSlice, in table: PathTable) -> PathSlice {
        guard var folder else { return slice }
        let dropped = folder.withUTF8 { name in table.withBytes(of: slice) { Self.prefixLength(of: $0, folder: name) } }
        return slice.dropping(dropped)
    }

    /// Makes the paths of `artifacts` relative to the root: the path of a file of the bundle
    /// itself, still a slice of `.empty` while the table was collected, becomes a slice of
    /// `table` starting past the root folder (the bytes are not written again); a nested entry
    /// has its outermost path made relative.
    func settle(_ artifacts: inout [Artifact], in table: PathTable) {
        guard var folder else {
            _ = artifacts.movePaths(from: .empty, to: table) { _ in 0 }
            return
        }
        let others = folder.withUTF8 { name in
            artifacts.movePaths(from: .empty, to: table) { Self.prefixLength(of: $0, folder: name) }
        }
        for index in others {
            artifacts[index].location = artifacts[index].location.withOutermostPath(relative)
        }
    }
}

/// Watches the bundle's own entries stream past and works out their common top-level folder,
/// keeping only the candidate, not the paths.
struct BundleRootTracker {
    private var candidate: String?
    /// The candidate's bytes when it is ASCII: then an ASCII path is compared byte by byte.
    private var asciiCandidate: [UInt8]?
    private var allUnder = true
    private var isFolder = false

    /// Takes one container-relative path of the bundle's own entries (not nested ones).
    mutating func observe(_ path: String, isDirectory: Bool) {
        guard allUnder else { return }
        if let asciiCandidate, let split = Self.asciiSplit(path, first: asciiCandidate) {
            guard split.isUnder else {
                allUnder = false
                return
            }
            if isDirectory || split.hasMore { isFolder = true }
            return
        }
        let first = path.firstIndex(of: "/").map { String(path[..<$0]) } ?? path
        if candidate == nil {
            candidate = first
            asciiCandidate = first.utf8.allSatisfy { $0 < 0x80 } ? Array(first.utf8) : nil
        }
        guard first == candidate else {
            allUnder = false
            return
        }
        if isDirectory || path.count > first.count { isFolder = true }
    }

    /// For an ASCII `path` (where a `Character` is a byte), whether its first segment is `first`
    /// and whether more follows; nil for any other path.
    private static func asciiSplit(_ path: String, first: [UInt8]) -> (isUnder: Bool, hasMore: Bool)? {
        var path = path
        return path.withUTF8 { bytes in
            var slash: Int?
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if slash == nil, byte == UInt8(ascii: "/") { slash = index }
            }
            let end = slash ?? bytes.count
            return (end == first.count && bytes[..<end].elementsEqual(first), end < bytes.count)
        }
    }

    /// The root the observed paths share.
    var root: BundleRoot {
        BundleRoot(folder: allUnder && isFolder ? candidate : nil)
    }
}
