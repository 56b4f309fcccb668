/// Caps that keep reading a GGUF header bounded in time and memory, whatever its counts say.
struct GGUFLimits {
    /// Longest key, and longest tensor name.
    var maxKeyLength: UInt64 = 64 << 10
    /// Longest string value.
    var maxStringLength: UInt64 = 16 << 20
    /// Most key-values in one header (real files have well under a hundred).
    var maxKeyValueCount: UInt64 = 65_536
    /// Deepest nesting of arrays in arrays.
    var maxArrayNesting = 8
    /// Most bytes read for the key-values and tensor infos together (a 256k-token vocabulary
    /// with its scores and merges takes about 10 MiB).
    var maxHeaderBytes: UInt64 = 128 << 20
    /// Bytes of a string kept in `GGUFInfo.values`; the rest is skipped.
    var keptStringBytes = 4096
    /// Bytes of a key kept; the value of a longer key is read and checked but not kept.
    var keptKeyBytes = 256
    /// What `GGUFInfo.values` may hold over the whole header, in bytes of text plus
    /// `GGUFKeptBudget.valueCost` per value: past it, key-values are read and checked but no
    /// longer kept, so a header of 128 MiB cannot become a manifest of 128 MiB.
    var keptValueBudget = 1 << 20
    /// Elements of an array kept in `GGUFInfo.values`; the rest are skipped.
    var keptArrayElements = 8

    /// The caps used when none are given.
    static let standard = GGUFLimits()
}
