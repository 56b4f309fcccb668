/// One entry of a bundle as the reader hands it out: its header, its content, and where it sits.
///
/// Valid only inside the handler that received it. Whatever of the content the handler does not
/// consume is skipped afterwards.
public final class BundleEntry {
    /// What the container says about the entry.
    public let header: EntryHeader
    /// The entry's bytes.
    public let content: EntryContent
    /// For an entry inside a nested archive, the path of that archive (itself possibly nested).
    public let containerPath: String?
    /// 0 for an entry of the bundle itself, 1 inside an archive in the bundle, and so on.
    public let depth: Int

    private let session: ReadSession

    init(header: EntryHeader, content: EntryContent, containerPath: String?, depth: Int, session: ReadSession) {
        self.header = header
        self.content = content
        self.containerPath = containerPath
        self.depth = depth
        self.session = session
    }

    /// Whether the bundle is a compressed stream (tar.gz, tar.zst, …), so that reading this
    /// entry's bytes keeps the reading thread busy decompressing them.
    public var isDecompressedWhileRead: Bool {
        session.bundleIsCompressed
    }

    /// The entry's path, with nested entries written `outer.zip!/inner/path`.
    public var path: String {
        containerPath.map { "\($0)!/\(header.name.path)" } ?? header.name.path
    }

    /// Reads this entry as an archive and hands each of its entries to `handler`.
    ///
    /// Caps are honoured and reported, never exceeded. A damaged nested archive is an outcome,
    /// not an error; only a failure of the bundle itself is thrown.
    public func openNested(_ handler: (BundleEntry) throws -> Void) throws -> NestedOutcome {
        guard header.type == .file else { return .notAnArchive }
        let prefix = try content.peek(ContainerSniffer.prefixLength)
        guard let container = ContainerSniffer.sniff(prefix) else { return .notAnArchive }
        guard depth + 1 <= session.limits.maxNestingDepth else {
            return .depthLimitReached(limit: session.limits.maxNestingDepth)
        }
        guard !session.nestedBudgetSpent else {
            return .budgetExceeded(limit: session.nestedAllowance)
        }
        return try NestedArchiveReader(entry: self, session: session, container: container, prefix: prefix).read(handler)
    }
}
