/// One file of a release: where it is, what it is, and what was read from it.
public struct Artifact: Codable, Sendable, Equatable {
    /// Where the file is, relative to the bundle root; inside a nested archive, relative to it.
    public var location: EntryLocation
    /// The role the file plays.
    public var kind: ArtifactKind
    /// The concrete format.
    public var format: ArtifactFormat
    /// Size in bytes.
    public var size: UInt64
    /// Permission bits, when the container records them.
    public var mode: FileMode?
    /// For links, where they point.
    public var linkTarget: String?
    /// Lower-case hex SHA-256 of the content, when hashing was asked for.
    public var sha256: String?
    /// What the inspector read from the file, by format (kept out of line: most files have none).
    @OutOfLine public var metadata: ArtifactMetadata?
    /// License documents recognised in the file, in the order they appear.
    public var licenseMatches: [LicenseMatch]?

    /// Creates an artifact without metadata.
    public init(
        location: EntryLocation, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.location = location
        self.kind = kind
        self.format = format
        self.size = size
        self.mode = mode
        self.linkTarget = linkTarget
    }

    /// Creates an artifact of the bundle itself (not inside a nested archive), without metadata.
    public init(
        path: String, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.init(
            location: EntryLocation(path), kind: kind, format: format, size: size, mode: mode,
            linkTarget: linkTarget)
    }

    /// The location as reports write it: `/`-separated, nested entries as `outer.zip!/inner`.
    public var path: String { location.description }

    private enum CodingKeys: String, CodingKey {
        case location = "path", kind, format, size, mode, linkTarget, sha256, metadata, licenseMatches
    }
}
