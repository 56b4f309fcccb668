/// One file of a release: where it is, what it is, and what was read from it.
///
/// Stored compactly, since a release can list hundreds of thousands of files and every
/// whole-bundle pass copies them: 32 bytes inline, holding one counted reference, the path as a
/// slice of the `PathTable` the bundle's artifacts share, and the size, kind, format and mode.
/// What most files lack (a location inside a nested archive, link target, digest, metadata,
/// license matches) is in an out-of-line record that the reference points to instead of the
/// table when a file has any of it. A copy costs one counted reference, and the paths of a
/// listing are one run of bytes, not a string object each.
public struct Artifact: Codable, Sendable, Equatable {
    /// The path table, or the record holding it and the rest.
    private var storage: ArtifactStorage
    private var pathSlice: PathSlice
    /// Size in bytes.
    public var size: UInt64
    private var modeBits: UInt32
    /// The role the file plays.
    public var kind: ArtifactKind
    /// The concrete format.
    public var format: ArtifactFormat
    private var hasMode: Bool
    /// Whether `details.nestedLocation` is the location, kept inline so passes over every
    /// artifact do not read the out-of-line record to know.
    private var nested = false

    /// The table the path is in; for a nested entry, `details.nestedLocation` is the location.
    private var pathTable: PathTable {
        get { storage.table }
        set { storage = storage.with(table: newValue) }
    }

    private var details: ArtifactDetails? {
        get { storage.details }
        set { storage = storage.with(details: newValue) }
    }

    /// Creates an artifact without metadata.
    public init(
        location: EntryLocation, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.storage = .plain(.empty)
        self.pathSlice = PathSlice(start: 0, count: 0)
        self.size = size
        self.modeBits = mode?.bits ?? 0
        self.kind = kind
        self.format = format
        self.hasMode = mode != nil
        self.location = location
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

    /// Creates an artifact of the bundle itself whose path is `slice` of `table`, without metadata.
    public init(
        path slice: PathSlice, in table: PathTable, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.init(
            location: EntryLocation(""), kind: kind, format: format, size: size, mode: mode, linkTarget: linkTarget)
        self.pathTable = table
        self.pathSlice = slice
    }

    /// Where the file is, relative to the bundle root; inside a nested archive, relative to it.
    ///
    /// Made on each read: passes over every artifact read `isNested` and `withPathBytes` instead.
    public var location: EntryLocation {
        get {
            if nested, let location = details?.nestedLocation { return location }
            return EntryLocation(path)
        }
        set {
            if newValue.isNested {
                update { $0.nestedLocation = newValue }
                nested = true
            } else {
                if nested { update { $0.nestedLocation = nil } }
                nested = false
                pathTable = newValue.path.isEmpty ? .empty : PathTable(newValue.path)
                pathSlice = PathSlice(start: 0, count: UInt32(truncatingIfNeeded: pathTable.bytes.count))
            }
        }
    }

    /// The location as reports write it: `/`-separated, nested entries as `outer.zip!/inner`.
    ///
    /// Made on each read (a string of the path's bytes): a pass over every artifact that only
    /// compares or scans paths reads `withPathBytes` instead.
    public var path: String {
        if nested, let location = details?.nestedLocation { return location.description }
        return pathTable.withBytes(of: pathSlice) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the file is inside an archive of the bundle.
    public var isNested: Bool { nested }

    /// Calls `body` with the UTF-8 bytes of `path`, in place for a file of the bundle itself.
    public func withPathBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if nested, let location = details?.nestedLocation {
            var text = location.description
            return try text.withUTF8(body)
        }
        return try pathTable.withBytes(of: pathSlice, body)
    }

    /// The path table and slice of a file of the bundle itself, nil for a nested one.
    public var pathInTable: (table: PathTable, slice: PathSlice)? {
        isNested ? nil : (pathTable, pathSlice)
    }

    /// Where the path of a file of the bundle itself is in `table`; nil for a nested file or a
    /// path in another table. A comparison of many paths reads them this way, in place.
    public func pathSlice(in table: PathTable) -> PathSlice? {
        nested || pathTable !== table ? nil : pathSlice
    }

    /// Moves the path of a file of the bundle itself to `slice` of `table` (the inspector
    /// settles paths relative to the root folder this way, without writing them again).
    public mutating func movePath(to slice: PathSlice, in table: PathTable) {
        pathTable = table
        pathSlice = slice
    }

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
        details = changed.isEmpty ? nil : changed
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

    public static func == (lhs: Artifact, rhs: Artifact) -> Bool {
        lhs.size == rhs.size && lhs.mode == rhs.mode && lhs.kind == rhs.kind && lhs.format == rhs.format
            && lhs.details == rhs.details && lhs.withPathBytes { left in rhs.withPathBytes { left.elementsEqual($0) } }
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
    /// The location of an entry inside a nested archive.
    var nestedLocation: EntryLocation?

    /// Whether nothing is set, told without comparing the members' values.
    var isEmpty: Bool {
        linkTarget == nil && sha256 == nil && metadata == nil && licenseMatches == nil && nestedLocation == nil
    }
}

/// What `Artifact` holds by reference: its path table alone, or, for a file with details, a
/// record of both. One pointer either way (the enum keeps its case in the pointer's spare bits).
private enum ArtifactStorage: Sendable {
    case plain(PathTable)
    case detailed(DetailedStorage)

    final class DetailedStorage: Sendable {
        let table: PathTable
        let details: ArtifactDetails

        init(table: PathTable, details: ArtifactDetails) {
            self.table = table
            self.details = details
        }
    }

    var table: PathTable {
        switch self {
        case .plain(let table): table
        case .detailed(let record): record.table
        }
    }

    var details: ArtifactDetails? {
        switch self {
        case .plain: nil
        case .detailed(let record): record.details
        }
    }

    func with(table: PathTable) -> ArtifactStorage {
        switch self {
        case .plain: .plain(table)
        case .detailed(let record): .detailed(DetailedStorage(table: table, details: record.details))
        }
    }

    func with(details: ArtifactDetails?) -> ArtifactStorage {
        guard let details else { return .plain(table) }
        return .detailed(DetailedStorage(table: table, details: details))
    }
}
