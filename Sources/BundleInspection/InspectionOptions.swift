import ArchiveIO
import BundleModel

/// How an inspection reads a bundle.
public struct InspectionOptions: Sendable {
    /// Caps on nesting, decompression and entry counts.
    public var limits: ReadLimits
    /// Compute the SHA-256 of every file and of the bundle file itself.
    public var computeHashes: Bool
    /// Compute the SHA-256 of the bundle file even without `computeHashes` (the checklist ties a
    /// sign-off to one exact file). Never applies to a directory.
    public var hashBundleFile: Bool
    /// Bytes of one text file kept for rules to search.
    public var maxTextBytesPerFile: Int
    /// Bytes of text kept over the whole bundle.
    public var maxTextBytesTotal: Int
    /// The license fingerprints and notice lines license and notice files are compared with;
    /// with the empty catalog, no identification is done.
    public var catalog: LicenseCatalog
    /// What does not belong to the bundle: the built-in rules (`.git/`, the Hugging Face cache)
    /// and the user's (`--exclude`, `exclude:`), applied to paths relative to the bundle root.
    /// A `.clearanceignore` at the bundle root adds its own.
    public var exclusions: [ExclusionRule] = ExclusionRule.builtIn
    /// Told the bytes read and the current entry while the bundle is read, for a progress display.
    public var progress: ReadProgress?
    /// `--follow-links`: links in a folder are read as what they point to, their target kept.
    public var followLinks = false

    /// Creates options; the defaults keep memory bounded on any bundle.
    public init(
        limits: ReadLimits = .default, computeHashes: Bool = false, hashBundleFile: Bool = false,
        maxTextBytesPerFile: Int = 1 << 20, maxTextBytesTotal: Int = 24 << 20, catalog: LicenseCatalog = .empty
    ) {
        self.limits = limits
        self.computeHashes = computeHashes
        self.hashBundleFile = hashBundleFile
        self.maxTextBytesPerFile = maxTextBytesPerFile
        self.maxTextBytesTotal = maxTextBytesTotal
        self.catalog = catalog
    }
}
