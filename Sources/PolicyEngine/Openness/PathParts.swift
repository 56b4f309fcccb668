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
    init(name: String, folders: PathFolders) {
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

/// Splits the paths of one release into `PathParts`, each folder once: a release of 50,000 files
/// has a few hundred folders, and lower-casing and splitting every path again was most of what
/// locating its components cost.
struct PathSplitter {
    /// The folders seen, by their path as written; nil for one that is not ASCII.
    private var known: [Substring: PathFolders?] = [:]
    /// The previous path's folder: sorted paths bring the files of a folder together.
    private var previous: (folder: Substring, folders: PathFolders?)?

    /// The parts of `path`, as `PathParts(path)` makes them.
    mutating func parts(of path: String) -> PathParts {
        // ASCII lower-cases byte by byte and splits the same before and after, so the folder part
        // can be split once for every file in it; anything else is split whole.
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = path[(slash.map(path.utf8.index(after:)) ?? path.startIndex)...]
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 < 0x80 }),
            let folders = folders(path[..<(slash ?? path.startIndex)])
        else { return PathParts(path) }
        return PathParts(name: name.lowercased(), folders: folders)
    }

    /// The folders of `folder` (a path's part before its name), or nil if it is not ASCII.
    private mutating func folders(_ folder: Substring) -> PathFolders? {
        if let previous, previous.folder.utf8.elementsEqual(folder.utf8) { return previous.folders }
        let folders: PathFolders?
        if let seen = known[folder] {
            folders = seen
        } else {
            folders =
                folder.utf8.allSatisfy { $0 < 0x80 }
                ? PathFolders(folder.lowercased().split(separator: "/").map(String.init)) : nil
            known[folder] = folders
        }
        previous = (folder, folders)
        return folders
    }
}
