/// State shared by every archive read while one bundle is read: limits, budgets and counters.
final class ReadSession {
    let bundlePath: String
    let limits: ReadLimits
    private(set) var nestedBytes: UInt64 = 0
    private(set) var entryCount = 0

    init(bundlePath: String, limits: ReadLimits) {
        self.bundlePath = bundlePath
        self.limits = limits
    }

    /// Charges `count` decompressed bytes to the nested budget; false once it is spent.
    func chargeNested(_ count: Int) -> Bool {
        nestedBytes += UInt64(count)
        return nestedBytes <= limits.nestedDecompressionBudget
    }

    var nestedBudgetSpent: Bool { nestedBytes > limits.nestedDecompressionBudget }

    /// Counts one more entry; false once `maxEntries` is reached.
    func admitEntry() -> Bool {
        entryCount += 1
        return entryCount <= limits.maxEntries
    }
}
