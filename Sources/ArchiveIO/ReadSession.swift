/// State shared by every archive read while one bundle is read: limits, budgets and counters.
final class ReadSession {
    let bundlePath: String
    let limits: ReadLimits
    /// Bytes fed into nested archives from the bundle's own entries.
    private(set) var nestedInputBytes: UInt64 = 0
    /// Everything charged to the nested budget: that input, and every byte of nested entries.
    private(set) var nestedBytes: UInt64 = 0
    private(set) var entryCount = 0
    /// Bytes read so far from a compressed bundle file (one whose entries are skipped by
    /// decompressing them); set while one is read.
    var compressedBytesRead: (() -> UInt64)?
    /// Bytes decompressed out of that bundle for its entries, read or skipped.
    private(set) var expandedBytes: UInt64 = 0

    init(bundlePath: String, limits: ReadLimits) {
        self.bundlePath = bundlePath
        self.limits = limits
    }

    /// Charges `count` bytes fed into a nested archive from an entry of the bundle itself;
    /// false once the budget is spent.
    func chargeNestedInput(_ count: Int) -> Bool {
        nestedInputBytes += UInt64(count)
        nestedBytes += UInt64(count)
        return !nestedBudgetSpent
    }

    /// Charges `count` bytes decompressed out of a nested archive; false once the budget is spent.
    func chargeNestedOutput(_ count: Int) -> Bool {
        nestedBytes += UInt64(count)
        return !nestedBudgetSpent
    }

    /// Charges `count` bytes decompressed out of a compressed bundle; false once they are more
    /// than its size read so far allows.
    func chargeExpansion(_ count: Int) -> Bool {
        expandedBytes += UInt64(count)
        guard let compressedBytesRead else { return true }
        return expandedBytes <= expansionAllowance(forInput: compressedBytesRead())
    }

    /// What nested archives may decompress now: the absolute budget, or less when they expand
    /// far more than real archives do.
    var nestedAllowance: UInt64 {
        min(limits.nestedDecompressionBudget, expansionAllowance(forInput: nestedInputBytes))
    }

    /// What `input` compressed bytes may expand to.
    func expansionAllowance(forInput input: UInt64) -> UInt64 {
        let (scaled, overflow) = input.multipliedReportingOverflow(by: limits.maxExpansionRatio)
        let (bound, sumOverflow) = scaled.addingReportingOverflow(limits.expansionAllowance)
        return overflow || sumOverflow ? .max : bound
    }

    var nestedBudgetSpent: Bool { nestedBytes > nestedAllowance }

    /// Bytes of nested archives held in memory now.
    private(set) var bufferedNestedBytes = 0

    /// Reserves room to hold `count` bytes of a nested archive; false when it would pass the cap.
    func reserveBuffer(_ count: Int) -> Bool {
        guard count <= limits.maxBufferedNestedBytes - bufferedNestedBytes else { return false }
        bufferedNestedBytes += count
        return true
    }

    /// Gives back room reserved with `reserveBuffer`.
    func releaseBuffer(_ count: Int) {
        bufferedNestedBytes -= count
    }

    /// Counts one more entry; false once `maxEntries` is reached.
    func admitEntry() -> Bool {
        entryCount += 1
        return entryCount <= limits.maxEntries
    }
}

/// Thrown while reading an entry of a nested archive once the nested budget is spent; the
/// nested reader that catches it reports `NestedOutcome.budgetExceeded`.
struct NestedBudgetSpent: Error {}

/// Thrown while reading an entry of a compressed bundle that expands past its allowance; the
/// bundle reader stops there and reports it in `ReadSummary.expansionLimitReached`.
struct ExpansionLimitReached: Error {}
