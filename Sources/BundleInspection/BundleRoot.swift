import BundleModel

/// The single top-level folder every entry lives under, and paths relative to it.
struct BundleRoot {
    /// The folder, or nil when the entries do not share one.
    let folder: String?

    /// `path` relative to the root; nested paths keep their inner part as it is.
    func relative(_ path: String) -> String {
        guard let folder else { return path }
        if path == folder { return "" }
        let prefix = folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The path at `slice` of `table` relative to the root, as a slice of the same bytes.
    func relative(_ slice: PathSlice, in table: PathTable) -> PathSlice {
        guard let folder else { return slice }
        let name = folder.utf8
        let dropped = table.withBytes(of: slice) { path -> Int in
            guard path.starts(with: name) else { return 0 }
            if path.count == name.count { return path.count }
            return path[name.count] == UInt8(ascii: "/") ? name.count + 1 : 0
        }
        return slice.dropping(dropped)
    }
}

/// Watches the bundle's own entries stream past and works out their common top-level folder,
/// keeping only the candidate, not the paths.
struct BundleRootTracker {
    private var candidate: String?
    private var allUnder = true
    private var isFolder = false

    /// Takes one container-relative path of the bundle's own entries (not nested ones).
    mutating func observe(_ path: String, isDirectory: Bool) {
        guard allUnder else { return }
        let first = path.firstIndex(of: "/").map { String(path[..<$0]) } ?? path
        if candidate == nil { candidate = first }
        guard first == candidate else {
            allUnder = false
            return
        }
        if isDirectory || path.count > first.count { isFolder = true }
    }

    /// The root the observed paths share.
    var root: BundleRoot {
        BundleRoot(folder: allUnder && isFolder ? candidate : nil)
    }
}
