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
    /// Elements of an array kept in `GGUFInfo.values`; the rest are skipped.
    var keptArrayElements = 8

    /// The caps used when none are given.
    static let standard = GGUFLimits()
}
