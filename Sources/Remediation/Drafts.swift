/// The files a plan edits: as the folder holds them, and as edited so far.
struct Drafts {
    let folder: ReleaseFolder
    private var order: [String] = []
    private var originals: [String: ReleaseFolder.Content] = [:]
    private var current: [String: [UInt8]] = [:]
    private var edits: [String: [FixEdit]] = [:]

    init(folder: ReleaseFolder) {
        self.folder = folder
    }

    /// Why fix does not write `path`, when it does not.
    enum Refusal: Error {
        case untouchable(String)
    }

    /// The content of `path` as edited so far, or nil when there is no such file.
    mutating func content(_ path: String) throws(Refusal) -> [UInt8]? {
        if let edited = current[path] { return edited }
        let original = originals[path] ?? folder.read(path)
        if originals[path] == nil {
            originals[path] = original
            order.append(path)
        }
        switch original {
        case .absent: return nil
        case .file(let bytes, _): return bytes
        case .untouchable(let reason): throw .untouchable(reason)
        }
    }

    /// Whether `path` is taken: a file (or link, or folder) in the folder, or one the plan creates.
    mutating func isTaken(_ path: String) -> Bool {
        _ = try? content(path)
        return current[path] != nil || originals[path] != .absent
    }

    /// Records `bytes` as the new content of `path`, done by `edit`.
    mutating func update(_ path: String, to bytes: [UInt8], by edit: FixEdit) {
        update(path, to: bytes, by: [edit])
    }

    /// Records `bytes` as the new content of `path`, done by `changes`.
    mutating func update(_ path: String, to bytes: [UInt8], by changes: [FixEdit]) {
        current[path] = bytes
        edits[path, default: []] += changes
    }

    /// The files whose content changed, in the order they were first read.
    var changes: [FileChange] {
        order.compactMap { path in
            guard let after = current[path] else { return nil }
            let before: [UInt8]?
            let mode: UInt32
            switch originals[path] {
            case .file(let bytes, let bits):
                (before, mode) = (bytes, UInt32(bits))
            default:
                (before, mode) = (nil, 0o644)
            }
            guard after != before else { return nil }
            return FileChange(path: path, before: before, after: after, mode: mode, edits: edits[path] ?? [])
        }
    }
}
