import ArchiveIO
import Crypto
import HubAccess
import Platform

/// What a bundle is, told without reading it: a file's device, inode, size and modification
/// time; for a directory, a digest of those of everything in it; for a Hub repository, the
/// commit its revision names (one small API call, none for a commit id).
///
/// A bundle whose identity is unchanged is taken to be unchanged: the cache answers it without
/// reading it. Rewriting a file in place to the same size and resetting its modification time
/// defeats this; `--hash` checks the bundle file's content digest as well.
enum BundleIdentity {
    /// Entries a directory's identity covers before it gives up (and the bundle is not cached):
    /// as many as a bundle is read for.
    static let maxEntries = ReadLimits.default.maxEntries

    /// The identity of the bundle at `path`, or nil when it has none (it does not exist, or is
    /// neither a file nor a directory, or is too large a directory to list).
    static func of(path: String) -> String? {
        if let reference = try? HubReference(parsing: path) { return HubInspection.identity(of: reference, path: path) }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return "file \(signature(info))"
        case S_IFDIR:
            var walk = DirectoryWalk()
            guard walk.visit(directory: path, relative: "", topLevel: true) else { return nil }
            return "directory \(signature(info)) \(walk.count) \(walk.hasher.finalize().hex)"
        default:
            return nil
        }
    }

    fileprivate static func signature(_ info: stat) -> String {
        "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}

/// Feeds the name, type and signature of every entry under a directory into a digest, in a
/// stable order, without following links to directories. `.git` at the top is skipped, as the
/// bundle reader skips it.
private struct DirectoryWalk {
    var hasher = SHA256()
    var count = 0

    mutating func visit(directory: String, relative: String, topLevel: Bool) -> Bool {
        guard let stream = opendir(directory) else { return false }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || (topLevel && name == ".git") { continue }
            names.append(name)
        }
        closedir(stream)
        for name in names.sorted() {
            count += 1
            guard count <= BundleIdentity.maxEntries else { return false }
            let path = directory + "/" + name
            let relativeName = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { return false }
            var line = "\(relativeName)\u{0}\(info.st_mode)\u{0}\(BundleIdentity.signature(info))"
            if info.st_mode & S_IFMT == S_IFLNK {
                // A link is read through (the Hugging Face cache layout): its target counts too.
                var target = stat()
                if stat(path, &target) == 0 { line += "\u{0}\(BundleIdentity.signature(target))" }
            }
            hasher.update(data: Array((line + "\n").utf8))
            if info.st_mode & S_IFMT == S_IFDIR, !visit(directory: path, relative: relativeName, topLevel: false) {
                return false
            }
        }
        return true
    }
}
