/// Caps that keep reading a hostile bundle bounded.
public struct ReadLimits: Sendable, Equatable {
    /// How many archives deep nested archives are followed (the bundle itself is depth 0).
    public var maxNestingDepth: Int
    /// Total bytes that may be decompressed out of nested archives before they are no longer
    /// followed: the bytes fed into nested archives from the bundle, plus every byte of their
    /// entries, read or skipped.
    public var nestedDecompressionBudget: UInt64
    /// How many times its compressed size a compressed bundle, or the nested archives of any
    /// bundle, may expand, past the first `expansionAllowance` bytes. Real releases expand a few
    /// times; a decompression bomb expands thousands (one entry of zeros) to millions (42.zip)
    /// of times and is stopped early, with a defect.
    public var maxExpansionRatio: UInt64
    /// Bytes that may be decompressed whatever the ratio.
    public var expansionAllowance: UInt64
    /// Entries listed in one bundle before reading stops with a note. The default, 100,000, is
    /// the Hugging Face Hub's own recommended maximum of files in a repository
    /// (https://huggingface.co/docs/hub/repositories-recommendations): every entry read is
    /// remembered until the report is written, so this cap is what keeps memory flat however many
    /// entries a crafted archive holds.
    public var maxEntries: Int
    /// Bytes of entry names and link targets read in all before reading stops with a note: what
    /// a listing keeps of every entry, so a few entries with names of megabytes cannot take
    /// the memory a million would.
    public var maxNameBytes: Int
    /// Bytes of one entry's name and link target: far beyond any path a file system takes
    /// (Linux's is 4 KiB), so only a crafted archive reaches it.
    public var maxNameLength: Int
    /// Bytes of nested archives held in memory at once, so that a zip inside a compressed
    /// container can be read through its central directory as its consumers read it.
    public var maxBufferedNestedBytes: Int

    /// Creates limits; the defaults suit real releases of several hundred gigabytes.
    public init(
        maxNestingDepth: Int = 4, nestedDecompressionBudget: UInt64 = 8 << 30, maxExpansionRatio: UInt64 = 100,
        expansionAllowance: UInt64 = 128 << 20, maxEntries: Int = 100_000, maxBufferedNestedBytes: Int = 16 << 20,
        maxNameBytes: Int = 8 << 20, maxNameLength: Int = 64 << 10
    ) {
        self.maxNestingDepth = maxNestingDepth
        self.nestedDecompressionBudget = nestedDecompressionBudget
        self.maxExpansionRatio = maxExpansionRatio
        self.expansionAllowance = expansionAllowance
        self.maxEntries = maxEntries
        self.maxBufferedNestedBytes = maxBufferedNestedBytes
        self.maxNameBytes = maxNameBytes
        self.maxNameLength = maxNameLength
    }

    /// The limits used when none are given.
    public static let `default` = ReadLimits()
}
