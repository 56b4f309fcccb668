import Platform

extension DirectoryReader {
    /// What a link is read as, when it is read through.
    struct ResolvedLink {
        /// The file or folder it leads to.
        let path: RawPath
        /// Its `stat`.
        let info: stat
        /// Whether the report keeps where the link points (a followed link), or the link is the
        /// file itself (a cache snapshot's blob).
        let keepsTarget: Bool
    }

    /// The file or folder `link` (at `relative` in the bundle) is read as, or nil when it stays a link.
    func resolve(link: RawPath, relative: [UInt8], target: String) -> ResolvedLink? {
        if let blob = snapshot?.blob(forLinkAt: relative, target: target) {
            var info = stat()
            guard blob.withCString({ stat($0, &info) }) == 0 else { return nil }
            return ResolvedLink(path: blob, info: info, keepsTarget: false)
        }
        guard followLinks, let real = Self.realPath(of: link) else { return nil }
        var info = stat()
        guard real.withCString({ stat($0, &info) }) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return ResolvedLink(path: real, info: info, keepsTarget: true)
        case S_IFDIR:
            guard linkedFolders.enter(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) else { return nil }
            return ResolvedLink(path: real, info: info, keepsTarget: true)
        default:
            return nil
        }
    }

    private static func realPath(of path: RawPath) -> RawPath? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath(Array(String(cString: resolved).utf8))
    }
}

/// The folders a walk entered through links, so that a loop of links ends. A reference: the
/// walk that records them is the one reader value, handed down its recursion.
final class LinkedFolders {
    private var seen: Set<[UInt64]> = []

    /// Records the folder; false when it was entered through a link before.
    func enter(device: UInt64, inode: UInt64) -> Bool {
        seen.insert([device, inode]).inserted
    }
}
