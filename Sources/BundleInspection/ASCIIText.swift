import BundleModel

/// Byte-level text tests for the per-entry hot path, where Foundation's locale-aware string
/// search costs microseconds per call: plain UTF-8 scanning, with ASCII-only case folding.
enum ASCIIText {
    /// Whether `text` contains `needle`, ignoring the case of ASCII letters. `needle` must be
    /// lower-case.
    static func contains(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = wanted.first else { return true }
        var found = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            found = search(bytes, wanted, first)
        }
            ?? {
                let copy = Array(text.utf8)
                found = copy.withUnsafeBufferPointer { search($0, wanted, first) }
            }()
        return found
    }

    /// Whether the UTF-8 `bytes` contain `needle`, ignoring the case of ASCII letters. `needle`
    /// must be lower-case.
    static func contains(bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = wanted.first else { return true }
        return search(bytes, wanted, first)
    }

    private static func search(
        _ bytes: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>, _ first: UInt8
    ) -> Bool {
        guard bytes.count >= wanted.count else { return false }
        for start in 0...(bytes.count - wanted.count) where lower(bytes[start]) == first {
            var offset = 1
            while offset < wanted.count, lower(bytes[start + offset]) == wanted[offset] { offset += 1 }
            if offset == wanted.count { return true }
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        CharacterFolding.asciiLowercased(byte)
    }
}
