/// Caps that keep a pickle scan fast and small whatever the input declares.
struct PickleScanLimits: Sendable {
    /// Bytes of opcodes and arguments parsed; skipped payloads (tensor bytes) do not count.
    var maxScannedBytes: UInt64 = 64 << 20
    /// Pickles read back to back (legacy `torch.save` writes five; any loader may read more).
    var maxPickles = 1_024
    /// Values on the stack at once.
    var maxStackDepth = 100_000
    /// MARKs open at once.
    var maxMarkDepth = 10_000
    /// Entries in the memo.
    var maxMemoEntries = 500_000
    /// Distinct globals listed.
    var maxGlobals = 1_000
    /// Longest string kept as a possible module or global name; longer ones are skipped.
    var maxKeptStringBytes = 1_024
}
