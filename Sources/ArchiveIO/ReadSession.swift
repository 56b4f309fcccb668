/// State shared by every archive read while one bundle is read: limits, budgets and counters.
final class ReadSession {
    let bundlePath: String
    let limits: ReadLimits
    /// Bytes fed into nested archives from the bundle's own entries.
    private(set) var nestedInputBytes: UInt64 = 0
    /// Everything charged to the nested budget: that input, and every byte of nested entries.
    private(set) var nestedBytes: UInt64 = 0
    private(set) var entryCount = 0

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

    /// What nested archives may decompress now: the absolute budget, or less when they expand
    /// far more than real archives do.
    var nestedAllowance: UInt64 {
        let (scaled, overflow) = nestedInputBytes.multipliedReportingOverflow(by: limits.maxNestedExpansionRatio)
        let (ratioBound, sumOverflow) = scaled.addingReportingOverflow(limits.nestedExpansionAllowance)
        return overflow || sumOverflow ? limits.nestedDecompressionBudget : min(limits.nestedDecompressionBudget, ratioBound)
    }

    var nestedBudgetSpent: Bool { nestedBytes > nestedAllowance }

    /// Counts one more entry; false once `maxEntries` is reached.
    func admitEntry() -> Bool {
        entryCount += 1
        return entryCount <= limits.maxEntries
    }
}

/// Thrown while reading an entry of a nested archive once the nested budget is spent; the
/// nested reader that catches it reports `NestedOutcome.budgetExceeded`.
struct NestedBudgetSpent: Error {}
