import Foundation
import Platform

/// The release folder `clearance fix` edits: it reads a file without following a link, and
/// writes one atomically (a temporary file beside it, then a rename), never through a link.
struct ReleaseFolder {
    /// The folder's path.
    let root: String

    /// The largest file fix reads to edit (a model card, a Notice file).
    static let maxBytes = 16 << 20

    /// What a path of the folder holds, for fix's purposes.
    enum Content: Equatable {
        case absent
        case file([UInt8], mode: mode_t)
        /// A link, a folder, a special or oversized file: fix does not write there.
        case untouchable(String)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String {
        URL(fileURLWithPath: root).appendingPathComponent(relative).path
    }

    /// Reads `relative` without following a link, at the path or in a folder on the way to it.
    func read(_ relative: String) -> Content {
        if let folder = linkedFolder(on: relative) {
            return .untouchable("\(folder) is a symbolic link, which fix does not write through")
        }
        let descriptor = open(path(relative), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .absent
            case ELOOP: return .untouchable("it is a symbolic link, which fix does not write through")
            default: return .untouchable("it cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .untouchable("it is not a regular file")
        }
        guard info.st_size <= Self.maxBytes else { return .untouchable("it is larger than \(Self.maxBytes) bytes") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .untouchable("it cannot be read: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            bytes += buffer[..<count]
            guard bytes.count <= Self.maxBytes else { return .untouchable("it is larger than \(Self.maxBytes) bytes") }
        }
        return .file(bytes, mode: info.st_mode & 0o7777)
    }

    /// The first folder on the way from the root to `relative` that is a symbolic link (a folder
    /// `--follow-links` walked into), if any.
    private func linkedFolder(on relative: String) -> String? {
        let folders = relative.split(separator: "/").dropLast()
        var prefix = ""
        for folder in folders {
            prefix += prefix.isEmpty ? String(folder) : "/\(folder)"
            var info = stat()
            if lstat(path(prefix), &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return prefix }
        }
        return nil
    }

    /// Writes `bytes` to `relative` atomically: a new temporary file beside it, then a rename
    /// over the old one, which is replaced whole or not at all. A link at the path is replaced,
    /// never written through (fix plans no change there).
    func write(_ bytes: [UInt8], to relative: String, mode: mode_t) throws(RemediationError) {
        let target = path(relative)
        let temporary = URL(fileURLWithPath: target).deletingLastPathComponent()
            .appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).clearance-fix-\(getpid())").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(relative, "cannot create a temporary file beside it") }
        _ = fchmod(descriptor, mode)
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let error = failure(relative, "cannot write")
                close(descriptor)
                unlink(temporary)
                throw error
            }
            rest = rest.dropFirst(written)
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, target) == 0 else {
            let error = failure(relative, "cannot replace it")
            unlink(temporary)
            throw error
        }
    }

    private func failure(_ relative: String, _ what: String) -> RemediationError {
        .fileUnusable(path: path(relative), reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
