import BundleModel

/// The sentences of every fingerprint of a catalog, by hash, so a document can be searched for
/// all of them in one pass.
struct SentenceIndex: Sendable {
    /// One sentence of one fingerprint.
    struct Entry: Sendable {
        var fingerprint: Int
        var sentence: Int
        var words: Int
    }

    /// Entries by sentence hash.
    let entries: [UInt64: [Entry]]
    /// The distinct sentence lengths in words, ascending.
    let lengths: [Int]

    init(fingerprints: [LicenseFingerprint]) {
        var entries: [UInt64: [Entry]] = [:]
        var lengths = Set<Int>()
        for (fingerprintIndex, fingerprint) in fingerprints.enumerated() {
            for (sentenceIndex, sentence) in fingerprint.sentences.enumerated() where sentence.words > 0 {
                entries[sentence.hash, default: []].append(Entry(fingerprint: fingerprintIndex, sentence: sentenceIndex, words: sentence.words))
                lengths.insert(sentence.words)
            }
        }
        self.entries = entries
        self.lengths = lengths.sorted()
    }
}
