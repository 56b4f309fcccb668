/// Finds every catalog sentence in a document.
///
/// Candidate starting points are the document's own sentence starts, the first word of every
/// line, and the word after every hit (so a copy that lost a sentence break still matches
/// sentence by sentence). At each one, every sentence length the catalog has is hashed in
/// constant time from prefix sums and looked up: the cost is
/// `candidates × distinct lengths`, linear in the text.
enum SentenceSearch {
    /// More hits than this are not collected, which bounds memory on adversarial input.
    static let maxHits = 250_000

    static func hits(in text: NormalizedText, index: SentenceIndex) -> [SentenceHit] {
        let count = text.words.count
        guard count > 0, !index.lengths.isEmpty else { return [] }
        var prefix = [UInt64](repeating: 0, count: count + 1)
        for (position, word) in text.words.enumerated() {
            prefix[position + 1] = prefix[position] &* TextHash.base &+ word.hash
        }
        let longest = index.lengths.last ?? 0
        var powers = [UInt64](repeating: 1, count: longest + 1)
        for length in stride(from: 1, through: longest, by: 1) {
            powers[length] = powers[length - 1] &* TextHash.base
        }
        var isCandidate = [Bool](repeating: false, count: count + 1)
        for sentence in text.sentences { isCandidate[sentence.range.lowerBound] = true }
        for start in text.lineStarts { isCandidate[start] = true }

        var hits: [SentenceHit] = []
        for start in 0..<count where isCandidate[start] {
            for length in index.lengths {
                let end = start + length
                guard end <= count else { break }
                let hash = prefix[end] &- prefix[start] &* powers[length]
                guard let entries = index.entries(for: hash) else { continue }
                for entry in entries where entry.words == length {
                    hits.append(
                        SentenceHit(start: start, end: end, fingerprint: entry.fingerprint, sentence: entry.sentence))
                }
                isCandidate[end] = true
                if hits.count >= maxHits { return hits }
            }
        }
        return hits
    }
}
