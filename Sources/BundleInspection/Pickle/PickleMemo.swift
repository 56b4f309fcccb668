/// The unpickler's memo, keyed exactly as CPython keys it, within a limit.
struct PickleMemo {
    private var entries: [Int: PickleValue] = [:]
    private let maxEntries: Int

    init(limits: PickleScanLimits) {
        maxEntries = limits.maxMemoEntries
    }

    /// PUT, BINPUT, LONG_BINPUT: stores `value` under `key`.
    mutating func store(_ value: PickleValue, at key: Int) throws(PickleFault) {
        guard entries[key] != nil || entries.count < maxEntries else { throw .memoTooLarge(limit: maxEntries) }
        entries[key] = value
    }

    /// MEMOIZE: stores `value` under the next key, which is the memo's size.
    mutating func memoize(_ value: PickleValue) throws(PickleFault) {
        try store(value, at: entries.count)
    }

    /// GET, BINGET, LONG_BINGET.
    func value(at key: Int) throws(PickleFault) -> PickleValue {
        guard let value = entries[key] else { throw .missingMemoKey(key) }
        return value
    }
}
