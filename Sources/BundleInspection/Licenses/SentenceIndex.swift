import BundleModel

/// The sentences of every fingerprint of a catalog, by hash, so a document can be searched for
/// all of them in one pass.
///
/// The entries are one array sorted by hash, and a table maps each hash to its run: building it
/// costs a sort, not an array per sentence, which matters at every start with thousands of them.
struct SentenceIndex: Sendable {
    /// One sentence of one fingerprint.
    struct Entry: Sendable {
        var fingerprint: Int
        var sentence: Int
        var words: Int
    }

    /// Every entry, grouped by hash.
    private let sorted: [Entry]
    /// The run of `sorted` each hash has.
    private let runs: [UInt64: Range<Int>]
    /// The distinct sentence lengths in words, ascending.
    let lengths: [Int]

    init(fingerprints: [LicenseFingerprint]) {
        var entries: [Entry] = []
        var hashes: [UInt64] = []
        entries.reserveCapacity(fingerprints.reduce(0) { $0 + $1.sentences.count })
        var lengths = Set<Int>()
        for (fingerprintIndex, fingerprint) in fingerprints.enumerated() {
            for (sentenceIndex, sentence) in fingerprint.sentences.enumerated() where sentence.words > 0 {
                entries.append(Entry(fingerprint: fingerprintIndex, sentence: sentenceIndex, words: sentence.words))
                hashes.append(sentence.hash)
                lengths.insert(sentence.words)
            }
        }
        // By hash, then by position in the catalog (the order the entries were made in).
        let order = hashes.indices.sorted { hashes[$0] != hashes[$1] ? hashes[$0] < hashes[$1] : $0 < $1 }
        var runs: [UInt64: Range<Int>] = [:]
        runs.reserveCapacity(order.count)
        var start = 0
        while start < order.count {
            let hash = hashes[order[start]]
            var end = start + 1
            while end < order.count, hashes[order[end]] == hash { end += 1 }
            runs[hash] = start..<end
            start = end
        }
        self.sorted = order.map { entries[$0] }
        self.runs = runs
        self.lengths = lengths.sorted()
    }

    /// The entries whose sentence has this hash (in fingerprint, then sentence order), or nil.
    func entries(for hash: UInt64) -> ArraySlice<Entry>? {
        runs[hash].map { sorted[$0] }
    }
}
