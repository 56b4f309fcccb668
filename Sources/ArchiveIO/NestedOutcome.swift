import BundleModel

/// What happened when an entry was opened as an archive of its own.
public enum NestedOutcome: Equatable, Sendable {
    /// The entry is an archive of this format; its entries were handed to the handler.
    case listed(BundleFormat)
    /// The entry does not start with the signature of a supported archive.
    case notAnArchive
    /// Following it would go deeper than `ReadLimits.maxNestingDepth`.
    case depthLimitReached(limit: Int)
    /// The nested decompression budget ran out; what remained was not followed.
    case budgetExceeded(limit: UInt64)
    /// An archive clearance cannot read from a stream (7z needs random access).
    case unsupported(reason: String)
    /// The nested archive is damaged; entries before the damage were handed out.
    case corrupt(reason: String)
    /// A zip read through its central directory, as Python's `zipfile` and torch read it, whose
    /// local headers say something else: a streaming reader sees other files.
    case headersDisagree(BundleFormat, reason: String)
    /// A zip too large to buffer inside a container that cannot seek: its entries were read
    /// from its local headers, which need not be what its central directory lists.
    case readFromLocalHeaders(BundleFormat, reason: String)
}
