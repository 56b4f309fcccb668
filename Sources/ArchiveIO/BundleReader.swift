import BundleModel
import Platform

/// Streams the entries of a bundle — a directory, an archive, or one weights file — without
/// extracting anything to disk.
///
/// The kind of bundle is recognised from its content, never from its name. Entries are handed
/// to the handler in container order; nested archives are followed only when the handler asks.
public struct BundleReader: Sendable {
    /// The caps applied while reading.
    public let limits: ReadLimits
    /// Told how far into the bundle file reading has come.
    public let progress: ReadProgress?
    /// Read the links in a folder as what they point to (weights on shared storage), keeping
    /// where each points. Without it, a link is a link, except the links of a Hugging Face
    /// cache snapshot into its `blobs/`, which are always the files themselves.
    public var followLinks = false

    /// Creates a reader with the given caps.
    public init(limits: ReadLimits = .default, progress: ReadProgress? = nil, followLinks: Bool = false) {
        self.limits = limits
        self.progress = progress
        self.followLinks = followLinks
    }

    /// Reads the bundle at `path`, handing every entry to `handler`.
    ///
    /// - Returns: what was read: the bundle's format and counters.
    /// - Throws: `ArchiveIOError` when the bundle cannot be read at all; errors thrown by
    ///   `handler` are passed through unchanged.
    public func read(at path: String, _ handler: (BundleEntry) throws -> Void) throws -> ReadSummary {
        let session = ReadSession(bundlePath: path, limits: limits)
        var info = stat()
        guard stat(path, &info) == 0 else { throw BundleFile.openError(path: path, errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR {
            let snapshot = try HubCacheSnapshot.locate(path)
            var reader = DirectoryReader(root: snapshot?.path ?? RawPath(path), session: session)
            reader.snapshot = snapshot
            reader.followLinks = followLinks
            try reader.readAll(handler)
            var summary = ReadSummary(
                format: .directory, bytesReadFromBundle: 0, entryCount: session.entryCount,
                entryLimitReached: session.entryCount > limits.maxEntries, expansionLimitReached: false
            )
            summary.nameLimitReached = session.nameLimitReached
            summary.tooDeep = session.firstTooDeep.map {
                DepthLimit(firstPath: $0, count: session.tooDeepCount, limit: DirectoryReader.maxDepth)
            }
            return summary
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ArchiveIOError.unrecognizedFormat(path: path) }
        let file = try BundleFile(path: path)
        guard file.size > 0 else { throw ArchiveIOError.empty(path: path) }
        file.progress = progress
        progress?.start(totalBytes: UInt64(file.size))
        let prefix = try file.prefix(MagicSniffer.prefixLength)
        let container = MagicSniffer.container(prefix)
        if let weights = LoneWeightsSniffer.sniff(prefix, fileSize: file.size) {
            try readSingleFile(file, session: session, handler)
            return ReadSummary(
                format: weights, bytesReadFromBundle: 0, entryCount: 1, entryLimitReached: false,
                expansionLimitReached: false)
        }
        guard container != nil else { throw ArchiveIOError.unrecognizedFormat(path: path) }
        let (format, expansionLimitReached) = try readArchive(file, session: session, handler)
        var summary = ReadSummary(
            format: format, bytesReadFromBundle: file.bytesRead, entryCount: session.entryCount,
            entryLimitReached: session.entryCount > limits.maxEntries, expansionLimitReached: expansionLimitReached
        )
        summary.nameLimitReached = session.nameLimitReached
        return summary
    }

    /// Reads a remote bundle (a Hub repository), handing every file and folder to `handler` in
    /// the order a directory with the same files would be read, under the same caps.
    ///
    /// - Throws: what fetching a file throws (the bundle's own error type), and errors thrown by
    ///   `handler`, unchanged.
    public func read(
        remote bundle: any RemoteBundle, displayPath: String, _ handler: (BundleEntry) throws -> Void
    ) throws -> ReadSummary {
        let session = ReadSession(bundlePath: displayPath, limits: limits)
        try RemoteBundleReader(bundle: bundle, session: session).readAll(handler)
        return ReadSummary(
            format: .hf, bytesReadFromBundle: 0, entryCount: session.entryCount,
            entryLimitReached: session.entryCount > limits.maxEntries, expansionLimitReached: false
        )
    }

    private func readSingleFile(
        _ file: BundleFile, session: ReadSession, _ handler: (BundleEntry) throws -> Void
    ) throws {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let header = EntryHeader(
            name: EntryPath(name), type: .file, declaredSize: UInt64(file.size), mode: 0o644, linkTarget: nil)
        let content = EntryContent(source: FileSource(path: RawPath(file.path)))
        _ = session.admitEntry()
        try handler(BundleEntry(header: header, content: content, container: nil, depth: 0, session: session))
        try content.finish()
    }

    /// The archive's format, and whether reading stopped because it expanded past its allowance.
    private func readArchive(
        _ file: BundleFile, session: ReadSession, _ handler: (BundleEntry) throws -> Void
    ) throws -> (BundleFormat, Bool) {
        let handle: ArchiveHandle
        let first: OpaquePointer?
        let reader: ArchiveEntryReader
        do {
            handle = try ArchiveHandle(seekable: true)
            try file.attach(to: handle)
            reader = ArchiveEntryReader(
                handle: handle, session: session, container: nil, depth: 0, storage: file,
                afterEntry: file.checkReadError
            )
            first = try reader.firstHeader()
        } catch {
            throw openingError(error, path: file.path)
        }
        guard let format = handle.bundleFormat else { throw ArchiveIOError.unrecognizedFormat(path: file.path) }
        session.bundleBytesRead = { file.bytesRead }
        session.bundleIsCompressed = handle.skipsByDecompressing
        do {
            try reader.readAll(startingWith: first, handler)
        } catch let failure as ArchiveFailure {
            throw ArchiveIOError.corrupt(path: file.path, reason: failure.message)
        } catch is ExpansionLimitReached {
            return (format, true)
        }
        return (format, false)
    }

    /// Before the first header, a failure either means the content is no supported archive or
    /// that the archive is damaged right at its start.
    private func openingError(_ failure: ArchiveFailure, path: String) -> ArchiveIOError {
        failure.isUnrecognizedFormat ? .unrecognizedFormat(path: path) : .corrupt(path: path, reason: failure.message)
    }
}

/// What reading a bundle found out about the bundle as a whole.
public struct ReadSummary: Sendable, Equatable {
    /// The bundle's container format.
    public let format: BundleFormat
    /// Bytes read from the bundle file (seeked-over bytes are not counted; 0 for directories and single files).
    public let bytesReadFromBundle: UInt64
    /// Entries handed out, nested ones included.
    public let entryCount: Int
    /// Reading stopped at `ReadLimits.maxEntries`.
    public let entryLimitReached: Bool
    /// Reading stopped because a compressed bundle expanded past `ReadLimits.maxExpansionRatio`.
    public let expansionLimitReached: Bool
    /// Reading stopped because the entries' names outgrew `ReadLimits.maxNameBytes`.
    public var nameLimitReached = false
    /// Directories of a bundle folder lying deeper than the walk goes, which were not read.
    public var tooDeep: DepthLimit?
}

/// Directories left unread because they lie deeper than a walk goes.
public struct DepthLimit: Sendable, Equatable {
    /// The first of them, relative to the bundle.
    public let firstPath: String
    /// How many there were.
    public let count: Int
    /// How many levels the walk goes.
    public let limit: Int
}
