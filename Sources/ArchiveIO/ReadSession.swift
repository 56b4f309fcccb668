/// State shared by every archive read while one bundle is read: limits, budgets and counters.
final class ReadSession {
    let bundlePath: String
    let limits: ReadLimits
    /// Bytes fed into nested archives from the bundle's own entries.
    private(set) var nestedInputBytes: UInt64 = 0
    /// Everything charged to the nested budget: that input, and every byte of nested entries.
    private(set) var nestedBytes: UInt64 = 0
    private(set) var entryCount = 0
    /// Bytes read so far from an archive bundle file; set while one is read.
    var bundleBytesRead: (() -> UInt64)?
    /// Whether that archive is compressed as a whole (tar.gz, tar.zst, 7z, …), so that skipping
    /// an entry means decompressing it.
    var bundleIsCompressed = false
    /// Bytes handed out of the bundle's entries: decompressed, skipped by decompressing, hashed,
    /// or standing for the holes of sparse entries.
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

    /// Charges `count` bytes handed out of an entry of the bundle; false once they are more than
    /// the bundle's size read so far allows.
    func chargeExpansion(_ count: Int) -> Bool {
        expandedBytes += UInt64(count)
        guard let bundleBytesRead else { return true }
        return expandedBytes <= expansionAllowance(forInput: bundleBytesRead())
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

    /// The first directory left unwalked because it lies deeper than the walk goes, and how many were.
    private(set) var firstTooDeep: String?
    private(set) var tooDeepCount = 0

    /// Records a directory the walk did not enter.
    func recordTooDeep(_ path: String) {
        if firstTooDeep == nil { firstTooDeep = path }
        tooDeepCount += 1
    }

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

    /// Bytes of entry names and link targets read so far.
    private(set) var nameBytes = 0
    /// Reading stopped because the names of the entries outgrew `ReadLimits.maxNameBytes`.
    private(set) var nameLimitReached = false

    /// Counts the name bytes of one more entry; false for a name longer than `maxNameLength`
    /// and once they add up to more than `maxNameBytes`.
    func admitNames(_ count: Int) -> Bool {
        nameBytes += count
        if count > limits.maxNameLength || nameBytes > limits.maxNameBytes { nameLimitReached = true }
        return !nameLimitReached
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
