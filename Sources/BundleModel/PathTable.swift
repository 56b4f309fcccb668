/// The paths of a bundle's entries as one run of UTF-8 bytes, shared by the artifacts that
/// name them: a listing of hundreds of thousands of entries then holds each path once, in place,
/// instead of one string object per path.
///
/// Immutable once made; `PathTable.Builder` collects the bytes while a bundle is read.
public final class PathTable: Sendable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A table holding only `path`.
    convenience init(_ path: String) {
        self.init(bytes: Array(path.utf8))
    }

    /// The table with no bytes: the table of an empty path, and of the paths a builder is still
    /// collecting.
    public static let empty = PathTable(bytes: [])

    /// Calls `body` with the bytes of the path at `slice`.
    public func withBytes<Result>(
        of slice: PathSlice, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[slice.range]))
        }
    }

    /// Calls `body` with all the bytes of the table, which `PathSlice.range` indexes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Collects paths while a bundle is read, and hands the bytes over as a table.
    public struct Builder: Sendable {
        private var bytes: [UInt8] = []
        private let expectedBytes: Int

        /// A builder that reserves `expectedBytes` (the cap on the bundle's name bytes) once it
        /// outgrows a small bundle's, so the run never doubles and copies itself while it grows:
        /// memory the run has not reached yet is reserved, not used.
        public init(expectedBytes: Int) {
            self.expectedBytes = expectedBytes
        }

        /// Appends `path`; what an artifact keeps to find it again.
        public mutating func append(_ path: String) -> PathSlice {
            let start = bytes.count
            let count = path.utf8.count
            if start + count > bytes.capacity, start + count > Self.smallBundleBytes, start < expectedBytes {
                bytes.reserveCapacity(max(expectedBytes, start + count))
            }
            bytes.append(contentsOf: path.utf8)
            return PathSlice(start: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: count))
        }

        /// Whether the bytes appended so far still fit the 4 GiB a slice can address.
        public func canAppend(_ path: String) -> Bool {
            bytes.count + path.utf8.count <= UInt32.max
        }

        /// The table of everything appended, leaving the builder empty.
        public mutating func finish() -> PathTable {
            defer { bytes = [] }
            return PathTable(bytes: bytes)
        }

        private static let smallBundleBytes = 64 << 10
    }
}

/// Where one path sits in a `PathTable`.
public struct PathSlice: Sendable, Equatable {
    var start: UInt32
    var count: UInt32

    /// Where the path's bytes are among all the bytes of its table.
    public var range: Range<Int> { Int(start)..<Int(start) + Int(count) }

    /// Whether the path is empty.
    public var isEmpty: Bool { count == 0 }

    /// The same path without its first `prefix` bytes (a root folder and its `/`).
    public func dropping(_ prefix: Int) -> PathSlice {
        let dropped = UInt32(min(prefix, Int(count)))
        return PathSlice(start: start + dropped, count: count - dropped)
    }
}
