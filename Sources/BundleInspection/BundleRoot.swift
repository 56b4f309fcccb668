/// Finds the single top-level folder every entry lives under, and rewrites paths relative to it.
struct BundleRoot {
    /// The folder, or nil when the entries do not share one.
    let folder: String?

    /// - Parameters:
    ///   - paths: the container-relative paths of the bundle's own entries (not nested ones).
    ///   - directories: those of them that are directories.
    init(paths: [String], directories: Set<String>) {
        guard let first = paths.first?.split(separator: "/").first.map(String.init) else {
            folder = nil
            return
        }
        let allUnder = paths.allSatisfy { $0 == first || $0.hasPrefix(first + "/") }
        let isFolder = directories.contains(first) || paths.contains { $0.hasPrefix(first + "/") }
        folder = allUnder && isFolder ? first : nil
    }

    /// `path` relative to the root; nested paths keep their inner part as it is.
    func relative(_ path: String) -> String {
        guard let folder else { return path }
        if path == folder { return "" }
        let prefix = folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
