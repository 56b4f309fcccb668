/// The heaviest run of hits that agrees with the canonical order: sentences in increasing
/// canonical position, words in increasing document position, no two hits overlapping.
///
/// It is a weighted longest-increasing-subsequence over the hits (O(h log h) with a Fenwick
/// tree of running maxima), then cut where the document runs far ahead of the canonical text,
/// so that a stray sentence far away does not stretch a copy over unrelated text.
enum AnchorChain {
    /// The chain through `hits` (one fingerprint, sorted by start then end), weighted by
    /// `sentenceWords[hit.sentence]`.
    static func best(_ hits: [SentenceHit], sentenceWords: [Int]) -> [SentenceHit] {
        guard !hits.isEmpty else { return [] }
        let byEnd = hits.indices.sorted { hits[$0].end < hits[$1].end }
        var tree = MaximumTree(size: sentenceWords.count)
        var score = [Int](repeating: 0, count: hits.count)
        var previous = [Int](repeating: -1, count: hits.count)
        var inserted = 0
        for (index, hit) in hits.enumerated() {
            while inserted < byEnd.count, hits[byEnd[inserted]].end <= hit.start {
                let done = byEnd[inserted]
                tree.raise(at: hits[done].sentence, to: score[done], item: done)
                inserted += 1
            }
            let before = tree.maximum(below: hit.sentence)
            score[index] = sentenceWords[hit.sentence] + before.value
            previous[index] = before.item
        }
        guard var last = score.indices.max(by: { score[$0] < score[$1] }) else { return [] }
        var chain: [SentenceHit] = []
        while last >= 0 {
            chain.append(hits[last])
            last = previous[last]
        }
        return heaviestCluster(chain.reversed(), sentenceWords: sentenceWords)
    }

    /// Splits the chain where the document gap exceeds three times the canonical gap plus 150
    /// words, and keeps the heaviest part.
    private static func heaviestCluster(_ chain: [SentenceHit], sentenceWords: [Int]) -> [SentenceHit] {
        var clusters: [[SentenceHit]] = []
        for hit in chain {
            if let last = clusters.last?.last {
                let canonicalGap = sentenceWords[(last.sentence + 1)..<hit.sentence].reduce(0, +)
                if hit.start - last.end > 3 * canonicalGap + 150 { clusters.append([]) }
            } else {
                clusters.append([])
            }
            clusters[clusters.count - 1].append(hit)
        }
        return clusters.max { weight($0, sentenceWords) < weight($1, sentenceWords) } ?? []
    }

    static func weight(_ hits: [SentenceHit], _ sentenceWords: [Int]) -> Int {
        hits.reduce(0) { $0 + sentenceWords[$1.sentence] }
    }
}

/// Prefix maxima over positions `0..<size`, raised one position at a time (a Fenwick tree).
private struct MaximumTree {
    private var values: [Int]
    private var items: [Int]

    init(size: Int) {
        values = [Int](repeating: 0, count: size + 1)
        items = [Int](repeating: -1, count: size + 1)
    }

    /// Records `value` (carried by `item`) at `position`.
    mutating func raise(at position: Int, to value: Int, item: Int) {
        var node = position + 1
        while node < values.count {
            if value > values[node] {
                values[node] = value
                items[node] = item
            }
            node += node & -node
        }
    }

    /// The largest value recorded at a position below `position`, and its item (-1 if none).
    func maximum(below position: Int) -> (value: Int, item: Int) {
        var best = (value: 0, item: -1)
        var node = position
        while node > 0 {
            if values[node] > best.value { best = (values[node], items[node]) }
            node -= node & -node
        }
        return best
    }
}
