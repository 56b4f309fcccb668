/// One sentence of a canonical license text, as a fingerprint keeps it: its hash, its length in
/// words and the section it belongs to.
public struct FingerprintSentence: Codable, Sendable, Equatable {
    /// The 64-bit hash of the sentence's normalised words (written as 16 hex digits).
    public var hash: UInt64
    /// How many normalised words the sentence has; its weight in the similarity score.
    public var words: Int
    /// The section of the canonical text it belongs to (`1.b.iii`), when it has one.
    public var section: String?

    /// Creates a sentence entry.
    public init(hash: UInt64, words: Int, section: String?) {
        self.hash = hash
        self.words = words
        self.section = section
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case hash, words, section
    }

    /// Decodes an entry, rejecting unknown keys and a hash that is not 16 hex digits.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.reject(unknownKeysIn: decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hex = try container.decode(String.self, forKey: .hash)
        guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(
                forKey: .hash, in: container, debugDescription: "a sentence hash must be 16 hex digits, not \"\(hex)\"")
        }
        hash = value
        words = try container.decode(Int.self, forKey: .words)
        guard words > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .words, in: container, debugDescription: "a sentence has at least one word")
        }
        section = try container.decodeIfPresent(String.self, forKey: .section)
    }

    /// Encodes the hash as 16 lower-case hex digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let hex = String(hash, radix: 16)
        try container.encode(String(repeating: "0", count: 16 - hex.count) + hex, forKey: .hash)
        try container.encode(words, forKey: .words)
        try container.encodeIfPresent(section, forKey: .section)
    }
}
