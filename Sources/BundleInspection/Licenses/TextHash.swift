import BundleModel

/// The two stable, non-cryptographic hashes fingerprints are made of.
///
/// A word is hashed with FNV-1a 64 over its lower-cased UTF-8 bytes. A sentence is the
/// polynomial `h = h × base + word` (mod 2⁶⁴) over its words, which lets identification hash
/// any run of words of a document in constant time from prefix sums. Changing either function
/// changes every committed fingerprint, so it goes with a new fingerprint schema version.
enum TextHash {
    /// The multiplier of the sentence polynomial (odd, so powers never vanish mod 2⁶⁴).
    static let base: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// FNV-1a 64 of the lower-cased word.
    static func word(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let bytes = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8 : word.lowercased().utf8
        for byte in bytes {
            hash ^= UInt64(CharacterFolding.asciiLowercased(byte))
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The sentence hash of a sequence of word hashes.
    static func sentence<Words: Sequence<UInt64>>(_ words: Words) -> UInt64 {
        words.reduce(0) { $0 &* base &+ $1 }
    }
}
