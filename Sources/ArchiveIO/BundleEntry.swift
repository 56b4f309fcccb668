import BundleModel

/// One entry of a bundle as the reader hands it out: its header, its content, and where it sits.
///
/// Valid only inside the handler that received it. Whatever of the content the handler does not
/// consume is skipped afterwards.
public final class BundleEntry {
    /// What the container says about the entry.
    public let header: EntryHeader
    /// The entry's bytes.
    public let content: EntryContent
    /// For an entry inside a nested archive, where that archive is (itself possibly nested).
    public let container: EntryLocation?
    /// 0 for an entry of the bundle itself, 1 inside an archive in the bundle, and so on.
    public let depth: Int

    private let session: ReadSession

    init(header: EntryHeader, content: EntryContent, container: EntryLocation?, depth: Int, session: ReadSession) {
        self.header = header
        self.content = content
        self.container = container
        self.depth = depth
        self.session = session
        location = container?.appending(header.name.path) ?? EntryLocation(header.name.path)
        path = location.description
    }

    /// Whether the bundle is a compressed stream (tar.gz, tar.zst, …), so that reading this
    /// entry's bytes keeps the reading thread busy decompressing them.
    public var isDecompressedWhileRead: Bool {
        session.bundleIsCompressed
    }

    /// Where the entry is: in the bundle, or inside `container`. Made once: every step that
    /// records the entry asks for it.
    public let location: EntryLocation

    /// The entry's path as reports write it, nested entries as `outer.zip!/inner/path`.
    public let path: String

    /// Reads this entry as an archive and hands each of its entries to `handler`.
    ///
    /// Caps are honoured and reported, never exceeded. A damaged nested archive is an outcome,
    /// not an error; only a failure of the bundle itself is thrown.
    public func openNested(_ handler: (BundleEntry) throws -> Void) throws -> NestedOutcome {
        guard header.type == .file else { return .notAnArchive }
        let prefix = try content.peek(MagicSniffer.prefixLength)
        guard let container = MagicSniffer.container(prefix) else { return .notAnArchive }
        guard depth + 1 <= session.limits.maxNestingDepth else {
            return .depthLimitReached(limit: session.limits.maxNestingDepth)
        }
        guard !session.nestedBudgetSpent else {
            return .budgetExceeded(limit: session.nestedAllowance)
        }
        let reader = NestedArchiveReader(entry: self, session: session, container: container, prefix: prefix)
        return try reader.read(handler)
    }
}
