/// Fast tests and hashes of a path's bytes, read eight at a time: passes over every path of a
/// large listing use them to turn most paths away before looking closer.
///
/// The hashes group paths that may be equal before they are compared byte by byte (the
/// duplicate and case-collision check hashes every path case-folded, the document lookup every
/// path as it is). They are not stable across versions: nothing stores them.
public enum PathBytes {
    /// The hash of `bytes`.
    public static func exactHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(bytes) { $0 }
    }

    /// The hash of `bytes` with ASCII letters lower-cased (`CharacterFolding.asciiLowercased`,
    /// other bytes as they are): paths that fold to the same bytes hash alike.
    public static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(bytes, foldingASCII)
    }

    /// Whether every byte of `bytes` is ASCII, tested eight at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var highs: UInt64 = 0
        forEachWord(bytes) { highs |= $0 }
        return highs & 0x8080_8080_8080_8080 == 0
    }

    /// Whether `bytes` hold `byte`.
    public static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let spread = UInt64(byte) &* ones
        var found = false
        forEachWord(bytes) { word in
            // A zero byte of `word ^ spread` is `byte`; the padding of the last word is not
            // tested for a zero `byte`, whose padding zeros would match.
            let equal = word ^ spread
            if (equal &- ones) & ~equal & 0x8080_8080_8080_8080 != 0 { found = true }
        }
        guard byte == 0, found else { return found }
        return bytes.contains(0)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ transform: (UInt64) -> UInt64) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* multiplier
        forEachWord(bytes) { word in
            hash = (hash ^ transform(word)) &* multiplier
            hash ^= hash >> 32
        }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ hash >> 32
    }

    /// Calls `body` with the bytes eight at a time, little-endian, the last word padded with zeros.
    @inline(__always)
    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index + 8 <= bytes.count {
            body(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            index += 8
        }
        guard index < bytes.count else { return }
        var last: UInt64 = 0
        for shift in 0..<(bytes.count - index) { last |= UInt64(bytes[index + shift]) << (8 * shift) }
        body(last)
    }

    /// Eight bytes with `A`–`Z` made `a`–`z`; every other byte, ASCII or not, unchanged.
    private static func foldingASCII(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        // Per byte, the high bit of `low + 0x3F` is set from `A` up, that of `low + 0x25` from
        // past `Z`; neither sum carries into the next byte.
        let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let upper = fromA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let ones: UInt64 = 0x0101_0101_0101_0101
}
