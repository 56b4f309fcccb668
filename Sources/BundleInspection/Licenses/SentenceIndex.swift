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
        var keyed: [(hash: UInt64, entry: Entry)] = []
        keyed.reserveCapacity(fingerprints.reduce(0) { $0 + $1.sentences.count })
        var lengths = Set<Int>()
        for (fingerprintIndex, fingerprint) in fingerprints.enumerated() {
            for (sentenceIndex, sentence) in fingerprint.sentences.enumerated() where sentence.words > 0 {
                keyed.append((sentence.hash, Entry(fingerprint: fingerprintIndex, sentence: sentenceIndex, words: sentence.words)))
                lengths.insert(sentence.words)
            }
        }
        keyed.sort { ($0.hash, $0.entry.fingerprint, $0.entry.sentence) < ($1.hash, $1.entry.fingerprint, $1.entry.sentence) }
        var runs: [UInt64: Range<Int>] = [:]
        runs.reserveCapacity(keyed.count)
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].hash == keyed[start].hash { end += 1 }
            runs[keyed[start].hash] = start..<end
            start = end
        }
        self.sorted = keyed.map(\.entry)
        self.runs = runs
        self.lengths = lengths.sorted()
    }

    /// The entries whose sentence has this hash (in fingerprint, then sentence order), or nil.
    func entries(for hash: UInt64) -> ArraySlice<Entry>? {
        runs[hash].map { sorted[$0] }
    }
}
