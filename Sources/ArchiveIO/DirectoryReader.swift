import BundleModel
import Platform

/// Walks an unpacked release on disk in a stable order. Links are handed out as links, except
/// a Hugging Face cache snapshot's links into its `blobs/` (the files themselves), and every
/// link when `followLinks` is set (then read as what they point to, their target kept).
///
/// Files and folders are opened without following a link and checked to be what the walk's
/// `lstat` (or a resolved link's `stat`) saw, so a link swapped in meanwhile is refused.
struct DirectoryReader {
    let root: RawPath
    let session: ReadSession
    var snapshot: HubCacheSnapshot?
    var followLinks = false
    /// Folders entered through links, by device and inode, so a link loop is walked once.
    let linkedFolders = LinkedFolders()

    static let maxDepth = 256

    func readAll(_ handler: (BundleEntry) throws -> Void) throws {
        try walk(directory: root, relative: [], depth: 0, expected: nil, handler)
    }

    private func walk(
        directory: RawPath, relative: [UInt8], depth: Int, expected: stat?, _ handler: (BundleEntry) throws -> Void
    ) throws {
        guard depth < Self.maxDepth else {
            session.recordTooDeep(EntryPath(rawBytes: relative).path)
            return
        }
        for name in try childNames(of: directory, expected: expected) {
            let childRelative = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            let childPath = directory.appending(name)
            var info = stat()
            guard childPath.withCString({ lstat($0, &info) }) == 0 else {
                throw ArchiveIOError.unreadable(path: childPath.display, reason: String(cString: strerror(errno)))
            }
            guard session.admitEntry(), session.admitNames(childRelative.count) else { return }
            let target = linkTarget(of: childPath, info: info)
            let resolved = target.flatMap { resolve(link: childPath, relative: childRelative, target: $0) }
            let header = Self.header(
                name: EntryPath(rawBytes: childRelative), info: resolved?.info ?? info,
                linkTarget: resolved?.keepsTarget == false ? nil : target)
            let content = EntryContent(
                source: FileSource(path: resolved?.path ?? childPath, expected: resolved?.info ?? info))
            if header.type != .file { try content.finish() }
            try handler(BundleEntry(header: header, content: content, container: nil, depth: 0, session: session))
            try content.finish()
            if header.type == .directory {
                let folder = resolved?.path ?? childPath
                try walk(
                    directory: folder, relative: childRelative, depth: depth + 1, expected: resolved?.info ?? info,
                    handler)
            }
        }
    }

    /// The names in `directory`, opened without following a link and, below the root, checked to
    /// be the directory the walk saw.
    private func childNames(of directory: RawPath, expected: stat?) throws -> [[UInt8]] {
        let flags = O_RDONLY | O_CLOEXEC | O_DIRECTORY | (expected == nil ? 0 : O_NOFOLLOW)
        let descriptor = directory.withCString { open($0, flags) }
        guard descriptor >= 0 else {
            let reason = expected != nil && errno == ELOOP ? FileSource.swapped : String(cString: strerror(errno))
            throw ArchiveIOError.unreadable(path: directory.display, reason: reason)
        }
        var opened = stat()
        if let expected,
            fstat(descriptor, &opened) != 0 || opened.st_dev != expected.st_dev || opened.st_ino != expected.st_ino
        {
            close(descriptor)
            throw ArchiveIOError.unreadable(path: directory.display, reason: FileSource.swapped)
        }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            throw ArchiveIOError.unreadable(path: directory.display, reason: String(cString: strerror(errno)))
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    func linkTarget(of path: RawPath, info: stat) -> String? {
        guard info.st_mode & S_IFMT == S_IFLNK else { return nil }
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = path.withCString { cPath in
            target.withUnsafeMutableBufferPointer { readlink(cPath, $0.baseAddress!, $0.count - 1) }
        }
        guard length >= 0 else { return nil }
        return String(decoding: target.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func header(name: EntryPath, info: stat, linkTarget: String?) -> EntryHeader {
        let type: EntryType =
            switch info.st_mode & S_IFMT {
            case S_IFREG: .file
            case S_IFDIR: .directory
            case S_IFLNK: .symlink
            default: .special
            }
        return EntryHeader(
            name: name,
            type: type,
            declaredSize: type == .file ? UInt64(info.st_size) : 0,
            mode: UInt32(info.st_mode & 0o7777),
            linkTarget: linkTarget
        )
    }
}
