/// One file of a release: where it is, what it is, and what was read from it.
public struct Artifact: Codable, Sendable, Equatable {
    /// Relative to the bundle root, `/`-separated; nested entries are written `outer.zip!/inner`.
    public var path: String
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
    public init(path: String, kind: ArtifactKind, format: ArtifactFormat, size: UInt64, mode: FileMode? = nil, linkTarget: String? = nil) {
        self.path = path
        self.kind = kind
        self.format = format
        self.size = size
        self.mode = mode
        self.linkTarget = linkTarget
    }
}
