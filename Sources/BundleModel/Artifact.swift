/// One file of a release: where it is, what it is, and what was read from it.
///
/// Stored compactly, since a release can list hundreds of thousands of files and every
/// whole-bundle pass copies them: 24 bytes inline, holding one counted reference, the path as a
/// slice of the `PathTable` the bundle's artifacts share, and the size, kind, format and mode.
/// What most files lack (a location inside a nested archive, link target, digest, metadata,
/// license matches, and a size, path length or mode too wide for its inline field) is in an
/// out-of-line record that the reference points to instead of the table when a file has any of
/// it. A copy costs one counted reference, and the paths of a listing are one run of bytes, not
/// a string object each.
public struct Artifact: Codable, Sendable, Equatable {
    /// The path table, or the record holding it and the rest.
    private var storage: ArtifactStorage
    private var pathStart: UInt32
    private var narrowSize: UInt32
    private var narrowPathCount: UInt16
    private var narrowMode: UInt16
    /// The role the file plays.
    public var kind: ArtifactKind
    /// The concrete format.
    public var format: ArtifactFormat
    private var flags: Flags

    /// What is true of an artifact, and which values are out of line because they are too wide,
    /// kept inline so passes over every artifact do not read the out-of-line record to know.
    /// Plain bits (not an `OptionSet`, whose generic set algebra the debug build calls).
    private struct Flags: Sendable {
        var bits: UInt8 = 0
        static let hasMode: UInt8 = 1
        /// `details.nestedLocation` is the location.
        static let nested: UInt8 = 2
        static let wideSize: UInt8 = 4
        static let widePathCount: UInt8 = 8
        static let wideMode: UInt8 = 16

        func contains(_ bit: UInt8) -> Bool { bits & bit != 0 }

        mutating func set(_ bit: UInt8, _ value: Bool) {
            bits = value ? bits | bit : bits & ~bit
        }
    }

    /// The table the path is in; for a nested entry, `details.nestedLocation` is the location.
    private var pathTable: PathTable {
        get { storage.table }
        set { storage = storage.with(table: newValue) }
    }

    private var details: ArtifactDetails? {
        get { storage.details }
        set { storage = storage.with(details: newValue) }
    }

    private var nested: Bool {
        get { flags.contains(Flags.nested) }
        set { flags.set(Flags.nested, newValue) }
    }

    /// Where the path is in `pathTable`.
    private var pathSlice: PathSlice {
        get {
            let count = flags.contains(Flags.widePathCount) ? details?.widePathCount ?? 0 : UInt64(narrowPathCount)
            return PathSlice(start: pathStart, count: UInt32(truncatingIfNeeded: count))
        }
        set {
            pathStart = newValue.start
            let narrow = UInt16(exactly: newValue.count)
            narrowPathCount = narrow ?? 0
            setWide(narrow == nil ? UInt64(newValue.count) : nil, flag: Flags.widePathCount, \.widePathCount)
        }
    }

    /// Size in bytes.
    public var size: UInt64 {
        get { flags.contains(Flags.wideSize) ? details?.wideSize ?? 0 : UInt64(narrowSize) }
        set {
            let narrow = UInt32(exactly: newValue)
            narrowSize = narrow ?? 0
            setWide(narrow == nil ? newValue : nil, flag: Flags.wideSize, \.wideSize)
        }
    }

    /// Creates an artifact without metadata.
    public init(
        location: EntryLocation, kind: ArtifactKind, format: ArtifactFormat, size: UInt64,
        mode: FileMode? = nil, linkTarget: String? = nil
    ) {
        self.storage = .plain(.empty)
        self.pathStart = 0
        self.narrowSize = 0
        self.narrowPathCount = 0
        self.narrowMode = 0
        self.kind = kind
        self.format = format
        self.flags = Flags()
        self.size = size
        self.mode = mode
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
    @inline(__always)
    public func pathSlice(in table: PathTable) -> PathSlice? {
        nested || pathTable !== table ? nil : pathSlice
    }

    /// Moves the path of a file of the bundle itself to `slice` of `table` (the inspector
    /// settles paths relative to the root folder this way, without writing them again).
    public mutating func movePath(to slice: PathSlice, in table: PathTable) {
        if pathTable !== table { pathTable = table }
        pathSlice = slice
    }

    /// Permission bits, when the container records them.
    public var mode: FileMode? {
        get {
            guard flags.contains(Flags.hasMode) else { return nil }
            let bits = flags.contains(Flags.wideMode) ? details?.wideMode ?? 0 : UInt64(narrowMode)
            return FileMode(UInt32(truncatingIfNeeded: bits))
        }
        set {
            flags.set(Flags.hasMode, newValue != nil)
            let bits = newValue?.bits ?? 0
            let narrow = UInt16(exactly: bits)
            narrowMode = narrow ?? 0
            setWide(narrow == nil ? UInt64(bits) : nil, flag: Flags.wideMode, \.wideMode)
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

    /// Whether the file has an out-of-line record: a link target, digest, metadata, license
    /// matches, a nested location or a value too wide for its inline field. Told from the
    /// reference alone, so a pass over every artifact skips the plain files (most of a large
    /// listing) without reading anything else.
    public var hasDetails: Bool {
        if case .detailed = storage { return true }
        return false
    }

    /// Whether the inspector read metadata from the file: `metadata != nil`, without making a
    /// copy of the (absent) record.
    public var hasMetadata: Bool {
        guard case .detailed(let record) = storage else { return false }
        return record.details.metadata != nil
    }

    /// Whether license texts were recognised in the file: `licenseMatches != nil`, read the same way.
    public var hasLicenseMatches: Bool {
        guard case .detailed(let record) = storage else { return false }
        return record.details.licenseMatches != nil
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

    /// Keeps `value`, too wide for its inline field, out of line, or drops what was kept there.
    private mutating func setWide(_ value: UInt64?, flag: UInt8, _ field: WritableKeyPath<ArtifactDetails, UInt64?>) {
        guard value != nil || flags.contains(flag) else { return }
        flags.set(flag, value != nil)
        update { $0[keyPath: field] = value }
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
    /// A size of 4 GiB or more.
    var wideSize: UInt64?
    /// A path of 64 KiB or more.
    var widePathCount: UInt64?
    /// Mode bits past the 16 kept inline.
    var wideMode: UInt64?

    /// Whether nothing is set, told without comparing the members' values.
    var isEmpty: Bool {
        linkTarget == nil && sha256 == nil && metadata == nil && licenseMatches == nil && nestedLocation == nil
            && wideSize == nil && widePathCount == nil && wideMode == nil
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
