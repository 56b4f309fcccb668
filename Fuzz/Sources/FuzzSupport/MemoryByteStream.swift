@testable import BundleInspection

/// A fuzz input as the weights readers and the pickle scanner consume an entry: once, front to
/// back, with skips. It never fails, so anything those readers throw on it is a bug.
public final class MemoryByteStream: EntryByteStream, PickleByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`.
    public init(_ start: UnsafeRawPointer, count: Int) {
        bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The input's length, as a container would declare it.
    public var size: UInt64 { UInt64(bytes.count) }

    public func read(_ count: Int) -> [UInt8] {
        let taken = min(count, bytes.count - position)
        defer { position += taken }
        return Array(bytes[position..<position + taken])
    }

    public func skip(_ count: UInt64) -> UInt64 {
        let skipped = Int(min(count, UInt64(bytes.count - position)))
        position += skipped
        return UInt64(skipped)
    }

    public func drain() -> UInt64 {
        position = bytes.count
        return UInt64(bytes.count)
    }
}
