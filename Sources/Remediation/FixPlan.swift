import BundleModel
import Platform

/// What `clearance fix` writes into a release folder, and what it leaves to be done by hand.
public struct FixPlan: Sendable, Equatable {
    /// The release folder (the bundle root).
    public var root: String
    /// The files to create or change, in the order they were planned.
    public var changes: [FileChange]
    /// Remedies that could not be written (no `--license-dir` text, a link in the way, …).
    public var toDos: [FixToDo]

    public init(root: String, changes: [FileChange] = [], toDos: [FixToDo] = []) {
        self.root = root
        self.changes = changes
        self.toDos = toDos
    }

    /// The rules the planned changes satisfy.
    public var rulesSatisfied: Set<String> { Set(changes.flatMap { $0.edits.flatMap(\.rules) }) }

    /// Writes every change, each file atomically.
    public func write() throws(RemediationError) {
        let folder = ReleaseFolder(root: root)
        for change in changes {
            try folder.write(change.after, to: change.path, mode: mode_t(change.mode))
        }
    }
}

/// One file fix writes: what it held, what it will hold, and the edits that make the difference.
public struct FileChange: Sendable, Equatable {
    /// The path relative to the release folder.
    public var path: String
    /// The content before, or nil for a new file.
    public var before: [UInt8]?
    /// The content after.
    public var after: [UInt8]
    /// The file's permission bits (those of the file it replaces, else 0644).
    public var mode: UInt32
    /// What was done, each with the rules it satisfies.
    public var edits: [FixEdit]

    public init(path: String, before: [UInt8]?, after: [UInt8], mode: UInt32, edits: [FixEdit]) {
        self.path = path
        self.before = before
        self.after = after
        self.mode = mode
        self.edits = edits
    }
}

/// One edit of a file, with the rules it satisfies.
public struct FixEdit: Codable, Sendable, Equatable {
    public var summary: String
    public var rules: [String]

    public init(summary: String, rules: [String]) {
        self.summary = summary
        self.rules = rules
    }
}

/// A remedy fix could not write, with the rules it would satisfy and what to do.
public struct FixToDo: Codable, Sendable, Equatable {
    public var summary: String
    public var rules: [String]

    public init(summary: String, rules: [String]) {
        self.summary = summary
        self.rules = rules
    }
}
