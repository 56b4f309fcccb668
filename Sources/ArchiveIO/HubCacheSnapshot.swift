import Platform

/// A snapshot of a repository in the Hugging Face cache (`models--ORG--NAME/snapshots/REV/`),
/// whose files are links to `../../blobs/<hash>`: within it, such a link is the file itself.
///
/// The repository folder itself (`models--ORG--NAME/`, with `blobs/`, `refs/` and `snapshots/`)
/// stands for the snapshot `refs/main` names, or for its only snapshot.
struct HubCacheSnapshot {
    /// The snapshot folder, the root of the bundle.
    let path: RawPath
    /// The repository's `blobs/` folder.
    let blobs: RawPath

    /// Repository folder names start with the repository type.
    static let repositoryPrefixes = ["models--", "datasets--", "spaces--"]

    /// The snapshot `path` is or stands for; nil for any other folder.
    static func locate(_ path: String) throws -> HubCacheSnapshot? {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        if isRepository(trimmed) { return try snapshot(inRepository: trimmed) }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 3, components[components.count - 2] == "snapshots" else { return nil }
        let repository = components.dropLast(2).joined(separator: "/")
        guard isRepository(repository.isEmpty ? "/" : repository) else { return nil }
        return HubCacheSnapshot(path: RawPath(trimmed), blobs: RawPath(repository + "/blobs"))
    }

    /// Where the link at `relative` (inside the snapshot, `/`-separated) pointing to `target`
    /// leads, when that is a regular file directly in the repository's `blobs/`.
    func blob(forLinkAt relative: [UInt8], target: String) -> RawPath? {
        // Resolved by name from the repository folder: snapshots/REV/<folders of the link>.
        let folder =
            ["snapshots", "REV"]
            + String(decoding: relative, as: UTF8.self).split(separator: "/").dropLast().map(String.init)
        guard let stack = LinkTarget.resolve(target, from: folder) else { return nil }
        guard stack.count == 2, stack[0] == "blobs", !stack[1].isEmpty else { return nil }
        let blob = blobs.appending(Array(stack[1].utf8))
        var info = stat()
        guard blob.withCString({ lstat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return blob
    }

    private static func isRepository(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard repositoryPrefixes.contains(where: { name.hasPrefix($0) }) else { return false }
        return isDirectory(path + "/snapshots") && isDirectory(path + "/blobs")
    }

    private static func snapshot(inRepository repository: String) throws -> HubCacheSnapshot {
        let snapshots = repository + "/snapshots"
        var revision = readReference(repository + "/refs/main")
        if revision == nil {
            let names = directoryNames(snapshots)
            guard names.count == 1 else {
                let reason =
                    names.isEmpty
                    ? "the Hugging Face cache folder holds no snapshot"
                    : "the Hugging Face cache folder holds \(names.count) snapshots and no refs/main: "
                        + "check one of \(snapshots)/*"
                throw ArchiveIOError.unreadable(path: repository, reason: reason)
            }
            revision = names[0]
        }
        let path = snapshots + "/" + revision!
        guard isDirectory(path) else {
            throw ArchiveIOError.unreadable(
                path: repository, reason: "refs/main names \(revision!), which is not in snapshots/")
        }
        return HubCacheSnapshot(path: RawPath(path), blobs: RawPath(repository + "/blobs"))
    }

    /// A commit hash from a `refs/` file: 40 to 64 hex digits, nothing else.
    private static func readReference(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let hash = text.trimmingCharacters(in: " \n\r\t")
        guard (40...64).contains(hash.count), hash.allSatisfy(\.isHexDigit) else { return nil }
        return hash
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func directoryNames(_ path: String) -> [String] {
        guard let stream = opendir(path) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != "..", isDirectory(path + "/" + name) { names.append(name) }
        }
        return names
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
