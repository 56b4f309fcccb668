/// One file of a release: where it is, what it is, and what was read from it.
///
/// Stored compactly, since a release can list hundreds of thousands of files and every
/// whole-bundle pass copies them: the location, size, kind, format and mode inline (48 bytes),
/// and what most files lack (link target, digest, metadata, license matches) in one shared
/// out-of-line record that is absent when they have none. A copy costs two or three counted
/// references instead of a dozen.
public struct Artifact: Codable, Sendable, Equatable {
    /// Where the file is, relative to the bundle root; inside a nested archive, relative to it.
    public var location: EntryLocation
    /// Size in bytes.
    public var size: UInt64
    private var modeBits: UInt32
    /// The role the file plays.
    public var kind: ArtifactKind
    /// The concrete format.
    public var format: ArtifactFormat
    private var hasMode: Bool
    @OutOfLine private var details: ArtifactDetails?

    /// Creates an artifact without metadata.
    public init(
        location: EntryLocation, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.location = location
        self.size = size
        self.modeBits = mode?.bits ?? 0
        self.kind = kind
        self.format = format
        self.hasMode = mode != nil
        if let linkTarget { self.linkTarget = linkTarget }
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

    /// Permission bits, when the container records them.
    public var mode: FileMode? {
        get { hasMode ? FileMode(modeBits) : nil }
        set {
            modeBits = newValue?.bits ?? 0
            hasMode = newValue != nil
        }
    }

    /// For links, where they point.
    public var linkTarget: String? {
        get { details?.linkTarget }
        set { update { $0.linkTarget = newValue } }
    }

    /// Lower-case hex SHA-256 of the content, when hashing was asked for.
    public var sha256: String? {
        get { details?.sha256 }
        set { update { $0.sha256 = newValue } }
    }

    /// What the inspector read from the file, by format.
    public var metadata: ArtifactMetadata? {
        get { details?.metadata }
        set { update { $0.metadata = newValue } }
    }

    /// License documents recognised in the file, in the order they appear.
    public var licenseMatches: [LicenseMatch]? {
        get { details?.licenseMatches }
        set { update { $0.licenseMatches = newValue } }
    }

    /// Changes the out-of-line record, dropping it when nothing is left in it.
    private mutating func update(_ change: (inout ArtifactDetails) -> Void) {
        var changed = details ?? ArtifactDetails()
        change(&changed)
        details = changed == ArtifactDetails() ? nil : changed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            location: try container.decode(EntryLocation.self, forKey: .location),
            kind: try container.decode(ArtifactKind.self, forKey: .kind),
            format: try container.decode(ArtifactFormat.self, forKey: .format),
            size: try container.decode(UInt64.self, forKey: .size),
            mode: try container.decodeIfPresent(FileMode.self, forKey: .mode),
            linkTarget: try container.decodeIfPresent(String.self, forKey: .linkTarget))
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
        metadata = try container.decodeIfPresent(ArtifactMetadata.self, forKey: .metadata)
        licenseMatches = try container.decodeIfPresent([LicenseMatch].self, forKey: .licenseMatches)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location, forKey: .location)
        try container.encode(kind, forKey: .kind)
        try container.encode(format, forKey: .format)
        try container.encode(size, forKey: .size)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(linkTarget, forKey: .linkTarget)
        try container.encodeIfPresent(sha256, forKey: .sha256)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(licenseMatches, forKey: .licenseMatches)
    }

    private enum CodingKeys: String, CodingKey {
        case location = "path", kind, format, size, mode, linkTarget, sha256, metadata, licenseMatches
    }
}

/// What few artifacts have, kept out of line by `Artifact`.
private struct ArtifactDetails: Sendable, Equatable {
    var linkTarget: String?
    var sha256: String?
    var metadata: ArtifactMetadata?
    var licenseMatches: [LicenseMatch]?
}
