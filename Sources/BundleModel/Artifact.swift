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
    /// What the inspector read from the file, by format.
    public var metadata: ArtifactMetadata? {
        get { metadataStorage?.value }
        set { metadataStorage = newValue.map(MetadataStorage.init) }
    }
    /// License documents recognised in the file, in the order they appear.
    public var licenseMatches: [LicenseMatch]?

    /// The metadata, held out of line: it is close to a kilobyte inline, most artifacts have
    /// none, and a release can list 100,000 artifacts that are copied as they are sorted.
    private var metadataStorage: MetadataStorage?

    /// Creates an artifact without metadata.
    public init(path: String, kind: ArtifactKind, format: ArtifactFormat, size: UInt64, mode: FileMode? = nil, linkTarget: String? = nil) {
        self.path = path
        self.kind = kind
        self.format = format
        self.size = size
        self.mode = mode
        self.linkTarget = linkTarget
    }

    private enum CodingKeys: String, CodingKey {
        case path, kind, format, size, mode, linkTarget, sha256, metadata, licenseMatches
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        kind = try container.decode(ArtifactKind.self, forKey: .kind)
        format = try container.decode(ArtifactFormat.self, forKey: .format)
        size = try container.decode(UInt64.self, forKey: .size)
        mode = try container.decodeIfPresent(FileMode.self, forKey: .mode)
        linkTarget = try container.decodeIfPresent(String.self, forKey: .linkTarget)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
        licenseMatches = try container.decodeIfPresent([LicenseMatch].self, forKey: .licenseMatches)
        metadata = try container.decodeIfPresent(ArtifactMetadata.self, forKey: .metadata)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(kind, forKey: .kind)
        try container.encode(format, forKey: .format)
        try container.encode(size, forKey: .size)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(linkTarget, forKey: .linkTarget)
        try container.encodeIfPresent(sha256, forKey: .sha256)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(licenseMatches, forKey: .licenseMatches)
    }
}

/// An artifact's metadata in a shared, immutable box; a change replaces the box.
private final class MetadataStorage: Sendable, Equatable {
    let value: ArtifactMetadata

    init(_ value: ArtifactMetadata) {
        self.value = value
    }

    static func == (lhs: MetadataStorage, rhs: MetadataStorage) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}
