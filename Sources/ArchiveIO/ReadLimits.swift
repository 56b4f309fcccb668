/// Caps that keep reading a hostile bundle bounded.
public struct ReadLimits: Sendable, Equatable {
    /// How many archives deep nested archives are followed (the bundle itself is depth 0).
    public var maxNestingDepth: Int
    /// Total bytes that may be decompressed out of nested archives before they are no longer followed.
    public var nestedDecompressionBudget: UInt64
    /// Entries listed in one bundle before reading stops with a note.
    public var maxEntries: Int

    /// Creates limits; the defaults suit real releases of several hundred gigabytes.
    public init(maxNestingDepth: Int = 4, nestedDecompressionBudget: UInt64 = 8 << 30, maxEntries: Int = 1_000_000) {
        self.maxNestingDepth = maxNestingDepth
        self.nestedDecompressionBudget = nestedDecompressionBudget
        self.maxEntries = maxEntries
    }

    /// The limits used when none are given.
    public static let `default` = ReadLimits()
}
