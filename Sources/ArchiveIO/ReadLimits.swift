/// Caps that keep reading a hostile bundle bounded.
public struct ReadLimits: Sendable, Equatable {
    /// How many archives deep nested archives are followed (the bundle itself is depth 0).
    public var maxNestingDepth: Int
    /// Total bytes that may be decompressed out of nested archives before they are no longer
    /// followed: the bytes fed into nested archives from the bundle, plus every byte of their
    /// entries, read or skipped.
    public var nestedDecompressionBudget: UInt64
    /// How many times the bytes fed into nested archives from the bundle their decompression may
    /// produce, past the first `nestedExpansionAllowance` bytes. Real archives expand a few
    /// times; a 42.zip-style bomb expands millions of times and is stopped early.
    public var maxNestedExpansionRatio: UInt64
    /// Bytes nested archives may decompress whatever their ratio.
    public var nestedExpansionAllowance: UInt64
    /// Entries listed in one bundle before reading stops with a note.
    public var maxEntries: Int

    /// Creates limits; the defaults suit real releases of several hundred gigabytes.
    public init(
        maxNestingDepth: Int = 4, nestedDecompressionBudget: UInt64 = 8 << 30, maxNestedExpansionRatio: UInt64 = 100,
        nestedExpansionAllowance: UInt64 = 128 << 20, maxEntries: Int = 1_000_000
    ) {
        self.maxNestingDepth = maxNestingDepth
        self.nestedDecompressionBudget = nestedDecompressionBudget
        self.maxNestedExpansionRatio = maxNestedExpansionRatio
        self.nestedExpansionAllowance = nestedExpansionAllowance
        self.maxEntries = maxEntries
    }

    /// The limits used when none are given.
    public static let `default` = ReadLimits()
}
