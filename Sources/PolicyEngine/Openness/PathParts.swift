/// A path split into what the MOF component locator compares, in lower case: the file's name,
/// stem and extension, and its folders.
struct PathParts {
    let name: String
    let stem: String
    let ext: String
    let folders: PathFolders

    /// Splits `path` whole.
    init(_ path: String) {
        let segments = path.lowercased().split(separator: "/").map(String.init)
        self.init(name: segments.last ?? "", folders: PathFolders(Array(segments.dropLast())))
    }

    /// A file named `name` (lower case) in `folders`.
    private init(name: String, folders: PathFolders) {
        self.name = name
        self.folders = folders
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            stem = String(name[..<dot])
            ext = String(name[name.index(after: dot)...])
        } else {
            stem = name
            ext = ""
        }
    }
}

/// Splits the paths of one release for the MOF component locator, each folder once: a release of
/// 50,000 files has a few hundred folders, and lower-casing and splitting every path again was
/// most of what locating its components cost.
struct PathSplitter {
    /// The folders seen, by their path's bytes as written; nil for one that is not ASCII.
    private var known: [[UInt8]: PathFolders?] = [:]
    /// The previous path's folder and its folders: sorted paths bring the files of a folder together.
    private var previousFolder: [UInt8]?
    private var previousFolders: PathFolders?

    /// The name of `path` (its UTF-8 bytes) read in place and its folders, when both are ASCII and
    /// the name is not empty; nil for a path to split whole, as `PathParts(path)`. The name and
    /// folders are those `PathParts(path)` makes.
    mutating func split(_ path: UnsafeBufferPointer<UInt8>) -> (name: ASCIIName, folders: PathFolders)? {
        // ASCII lower-cases byte by byte and splits the same before and after, so the folder part
        // can be split once for every file in it.
        var nameStart = path.count
        while nameStart > 0, path[nameStart - 1] != UInt8(ascii: "/") {
            guard path[nameStart - 1] < 0x80 else { return nil }
            nameStart -= 1
        }
        guard nameStart < path.count,
            let folders = folders(UnsafeBufferPointer(rebasing: path[..<max(nameStart - 1, 0)]))
        else { return nil }
        return (ASCIIName(UnsafeBufferPointer(rebasing: path[nameStart...])), folders)
    }

    /// The folders of `folder` (a path's part before its name), or nil if it is not ASCII.
    private mutating func folders(_ folder: UnsafeBufferPointer<UInt8>) -> PathFolders? {
        if previousFolder?.withUnsafeBufferPointer({ $0.count == folder.count && $0.elementsEqual(folder) }) == true {
            return previousFolders
        }
        let bytes = Array(folder)
        let folders: PathFolders?
        if let seen = known[bytes] {
            folders = seen
        } else {
            folders =
                bytes.allSatisfy { $0 < 0x80 }
                ? PathFolders(
                    String(decoding: bytes, as: UTF8.self).lowercased().split(separator: "/").map(String.init))
                : nil
            known[bytes] = folders
        }
        previousFolder = bytes
        previousFolders = folders
        return folders
    }
}
