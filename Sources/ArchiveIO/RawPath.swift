/// A file-system path as raw bytes, so names that are not UTF-8 still reach the system calls intact.
struct RawPath {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The path with `name` appended as one more component.
    func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// The path for messages: lossless escape of bytes that are not UTF-8.
    var display: String {
        String(validating: bytes, as: UTF8.self) ?? EntryPath(rawBytes: bytes).path
    }

    /// Calls `body` with a NUL-terminated copy of the path.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}
