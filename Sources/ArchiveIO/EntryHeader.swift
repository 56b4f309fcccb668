import BundleModel

/// What a container says about one entry, before any of its bytes are read.
public struct EntryHeader: Sendable, Hashable {
    /// The normalised name, relative to the container (not yet to the bundle root).
    public let name: EntryPath
    /// Whether the entry is a file, a directory, a link or something special.
    public let type: EntryType
    /// The size the container declares, when it declares one.
    public let declaredSize: UInt64?
    /// Permission bits (`0o644` and the like).
    public let mode: UInt32
    /// Where a symlink or hardlink points, as written in the container.
    public let linkTarget: String?

    /// Creates a header.
    public init(name: EntryPath, type: EntryType, declaredSize: UInt64?, mode: UInt32, linkTarget: String?) {
        self.name = name
        self.type = type
        self.declaredSize = declaredSize
        self.mode = mode
        self.linkTarget = linkTarget
    }
}
