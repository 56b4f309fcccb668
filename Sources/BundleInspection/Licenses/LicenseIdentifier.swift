import BundleModel

/// Recognises the license documents in a text file: which catalog license each part of the
/// file is, where it starts and ends, and how it departs from the canonical text.
///
/// The document is normalised (see `TextNormalizer`) and searched for every catalog sentence
/// at once. Then, repeatedly, the fingerprint whose ordered sentences cover the largest share
/// of its canonical text within the still unclaimed words claims that part of the file; this
/// separates two licenses concatenated in one file, or a use policy appended to a license.
/// The work is linear in the size of the text times the number of distinct sentence lengths,
/// and at most `maxSegments` rounds are made.
public struct LicenseIdentifier: Sendable {
    /// The catalog compared against.
    public let catalog: LicenseCatalog
    /// A part of a file is identified when its sentences cover at least this share of a
    /// canonical text…
    public var minimumSimilarity = 0.5
    /// …or this share, when the copy includes the opening sentences (title, date) too.
    public var minimumSimilarityWithOpening = 0.2
    /// A copy that opens with a title other than the canonical one is taken for that license
    /// (altered) only from this similarity on; below it, it is another document built on the
    /// same text (a research edition, say) and is reported unknown.
    public var minimumSimilarityWithOtherTitle = 0.95
    /// At most this many documents are looked for in one file.
    public var maxSegments = 8
    /// Unclaimed text of at least this many words is reported as an unknown document (when the
    /// caller asks for unknowns).
    public var minimumUnknownWords = 80
    /// Words of a file read at most; the rest is ignored.
    public var maxWords = 500_000

    private let index: LazySentenceIndex

    /// Prepares the catalog's sentences for searching, at the first text searched.
    public init(catalog: LicenseCatalog) {
        self.catalog = catalog
        self.index = LazySentenceIndex(fingerprints: catalog.fingerprints)
    }

    /// The license documents found in `document`, in file order.
    ///
    /// A copy of a catalog text under another title (see `minimumSimilarityWithOtherTitle`)
    /// is returned as an unknown document, with its similarity.
    ///
    /// - Parameter unknownKind: when set, text no fingerprint claims (the whole file when
    ///   nothing is recognised, or a stretch of at least `minimumUnknownWords` words) is
    ///   reported as an unknown document of this kind, with the best similarity any
    ///   fingerprint reached there. When nil, such text is not reported.
    public func identify(
        _ document: TextDocument, reportingUnknownAs unknownKind: LicenseDocumentKind? = nil
    ) -> [LicenseMatch] {
        let text = TextNormalizer(maxWords: maxWords).normalize(document.lines)
        let hits = hitsByFingerprint(in: text)
        let headers = HeaderLocator(text: text, lineWords: LineWords(text), lines: document.lines)
        let phrases = headerPhrases(of: hits)
        var free: [Range<Int>] = text.words.isEmpty ? [] : [0..<text.words.count]
        var segments: [(match: LicenseMatch, span: Range<Int>)] = []
        for _ in 0..<maxSegments {
            let next = nextSegment(in: free, hits: hits, text: text, headers: headers, phrases: phrases)
            guard let segment = next else { break }
            free = free.flatMap { Self.subtract(segment.span, from: $0) }
            segments.append((report(segment, unknownKind: unknownKind), segment.span))
        }
        segments.sort { $0.span.lowerBound < $1.span.lowerBound }
        var matches = segments.map(\.match)
        if let unknownKind {
            if let last = segments.indices.last, matches[last].licenseID != nil {
                let tail = segments[last].span.upperBound..<text.words.count
                if !tail.isEmpty, tail.count < minimumUnknownWords {
                    matches[last] = Self.adding(
                        tail, to: matches[last], text: text, lastSection: lastSection(of: matches[last]))
                    free = free.flatMap { Self.subtract(tail, from: $0) }
                }
            }
            matches += unknowns(
                in: free, recognised: !matches.isEmpty, kind: unknownKind, text: text, document: document, hits: hits)
        }
        return matches.sorted { $0.startLine < $1.startLine }
    }

    /// `match`, the last copy in a license file, with the short text that ends the file reported
    /// as added: a sentence appended below a license changes its terms as much as one inserted
    /// into it. (Text above a copy is the project's own header, and a few words between two
    /// copies a separator or heading, both left alone; a long stretch is an unknown document.)
    private static func adding(
        _ tail: Range<Int>, to match: LicenseMatch, text: NormalizedText, lastSection: String?
    ) -> LicenseMatch {
        var altered = match
        let line = text.words[tail.lowerBound].line
        let lastLine = text.words[tail.upperBound - 1].line
        altered.differences.append(
            TextDifference(
                kind: .added, section: lastSection, line: line, endLine: lastLine > line ? lastLine : nil,
                excerpt: text.excerpt(tail)))
        altered.status = .altered
        altered.endLine = max(match.endLine, lastLine)
        return altered
    }

    /// The section the canonical text of `match`'s fingerprint ends in.
    private func lastSection(of match: LicenseMatch) -> String? {
        catalog.fingerprints.first { $0.name == match.fingerprint }?.sentences.last?.section
    }

    /// Canonical sentences shorter than this are only found where they are bounded, at one end at
    /// least, by a sentence boundary of the document or by another sentence of the same text: a
    /// heading such as "Conditions and Limitations" is not found in the middle of "… the license
    /// conditions and limitations in section 3 …", but a list item "reproduce the Work" still is
    /// in a list joined into one line.
    private static let minimumWordsAnywhere = 4

    /// Every catalog sentence found in the text, by fingerprint, sorted by start then end.
    private func hitsByFingerprint(in text: NormalizedText) -> [[SentenceHit]] {
        var hits = [[SentenceHit]](repeating: [], count: catalog.fingerprints.count)
        for hit in SentenceSearch.hits(in: text, index: index.index) { hits[hit.fingerprint].append(hit) }
        var boundaries = Set<Int>()
        for sentence in text.sentences {
            boundaries.insert(sentence.range.lowerBound)
            boundaries.insert(sentence.range.upperBound)
        }
        for fingerprint in hits.indices where !hits[fingerprint].isEmpty {
            let found = hits[fingerprint]
            let ends = Set(found.map(\.end))
            let starts = Set(found.map(\.start))
            hits[fingerprint] = found.filter { hit in
                hit.words >= Self.minimumWordsAnywhere || boundaries.contains(hit.start) || boundaries.contains(hit.end)
                    || ends.contains(hit.start) || starts.contains(hit.end)
            }
            hits[fingerprint].sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        return hits
    }

    /// The title and version phrases of the fingerprints found in the text at all, by fingerprint:
    /// only those can be candidates, so only their phrases are worth normalising.
    private func headerPhrases(of hits: [[SentenceHit]]) -> [Int: HeaderPhrases] {
        var phrases: [Int: HeaderPhrases] = [:]
        for fingerprint in hits.indices where !hits[fingerprint].isEmpty {
            phrases[fingerprint] = HeaderPhrases(catalog.fingerprints[fingerprint])
        }
        return phrases
    }

    /// The best accepted copy in the free words, aligned, or nil when there is none.
    private func nextSegment(
        in free: [Range<Int>], hits: [[SentenceHit]], text: NormalizedText, headers: HeaderLocator,
        phrases: [Int: HeaderPhrases]
    ) -> SegmentAligner.Segment? {
        guard let best = bestCandidate(in: free, hits: hits, headers: headers, phrases: phrases), isAccepted(best),
            let bestPhrases = phrases[best.fingerprint]
        else { return nil }
        let fingerprint = catalog.fingerprints[best.fingerprint]
        let aligner = SegmentAligner(fingerprint: fingerprint, phrases: bestPhrases, text: text, headers: headers)
        let regionHits = hits[best.fingerprint].filter {
            best.region.contains($0.start) && $0.end <= best.region.upperBound
        }
        return aligner.align(
            anchors: best.chain, hits: Dictionary(grouping: regionHits, by: \.sentence), region: best.region)
    }

    /// The match a segment is reported as: itself, or an unknown document (of `unknownKind`,
    /// else of the fingerprint's kind) when it opens with another title and is not nearly
    /// identical.
    private func report(_ segment: SegmentAligner.Segment, unknownKind: LicenseDocumentKind?) -> LicenseMatch {
        let found = segment.match
        guard segment.hasOtherTitle, found.similarity < minimumSimilarityWithOtherTitle else { return found }
        return LicenseMatch(
            licenseID: nil, document: unknownKind ?? found.document, similarity: found.similarity, status: .unknown,
            startLine: found.startLine, endLine: found.endLine, title: found.title, versionLine: found.versionLine)
    }

    private struct Candidate {
        var fingerprint: Int
        var region: Range<Int>
        var chain: [SentenceHit]
        var weight: Int
        var similarity: Double
        /// How well the fingerprint explains the copy, which decides between texts that contain one
        /// another (BSD-2-Clause in BSD-3-Clause); see `fit(_:sentenceWords:total:)`.
        var fit: Double
        /// Fit plus a small bonus for each of the title and exact version line found, which
        /// decides between versions whose texts are nearly the same.
        var rank = 0.0
    }

    /// Each point of confirmation by the header lines adds this much to a candidate's rank.
    private static let headerBonus = 0.02

    /// The fingerprint and free region whose chain covers the largest share of the canonical
    /// text, the title and version lines breaking near ties.
    private func bestCandidate(
        in free: [Range<Int>], hits: [[SentenceHit]], headers: HeaderLocator,
        phrases: [Int: HeaderPhrases]
    ) -> Candidate? {
        var candidates: [Candidate] = []
        for region in free {
            for (fingerprint, fingerprintHits) in hits.enumerated() where !fingerprintHits.isEmpty {
                if let candidate = candidate(fingerprint, in: region, hits: fingerprintHits) {
                    candidates.append(candidate)
                }
            }
        }
        guard let top = candidates.map(\.fit).max() else { return nil }
        var best: Candidate?
        let window = Self.headerBonus * Double(HeaderLocator.Finding.maximumConfirmations)
        for var candidate in candidates where candidate.fit >= top - window {
            guard let first = candidate.chain.first, let candidatePhrases = phrases[candidate.fingerprint] else {
                continue
            }
            let header = headers.locate(candidatePhrases, near: first.start, region: candidate.region)
            candidate.rank = candidate.fit + Self.headerBonus * Double(header.confirmations)
            if let current = best, (candidate.rank, candidate.weight) <= (current.rank, current.weight) { continue }
            best = candidate
        }
        return best
    }

    private func candidate(_ fingerprint: Int, in region: Range<Int>, hits: [SentenceHit]) -> Candidate? {
        let sentenceWords = catalog.fingerprints[fingerprint].sentences.map(\.words)
        let anchors = hits.filter {
            region.contains($0.start) && $0.end <= region.upperBound && sentenceWords[$0.sentence] >= 3
        }
        let chain = AnchorChain.best(anchors, sentenceWords: sentenceWords)
        guard !chain.isEmpty else { return nil }
        let weight = AnchorChain.weight(chain, sentenceWords)
        let total = max(1, sentenceWords.reduce(0, +))
        return Candidate(
            fingerprint: fingerprint, region: region, chain: chain, weight: weight,
            similarity: Double(weight) / Double(total), fit: Self.fit(chain, sentenceWords: sentenceWords, total: total)
        )
    }

    /// The share of the copy and of the canonical text that agree, the chain's gaps counted: where
    /// the copy has words in the place of canonical sentences, they count a quarter (a changed
    /// clause is still in its place); words the canonical text has no place for count against it. A
    /// BSD-3-Clause copy with its third clause edited fits BSD-3-Clause better than BSD-2-Clause,
    /// which has no place for that clause at all.
    private static func fit(_ chain: [SentenceHit], sentenceWords: [Int], total: Int) -> Double {
        var changed = 0
        var added = 0
        for (previous, next) in zip(chain, chain.dropFirst()) {
            let copyGap = next.start - previous.end
            let canonicalGap = sentenceWords[(previous.sentence + 1)..<next.sentence].reduce(0, +)
            changed += min(copyGap, canonicalGap)
            added += max(0, copyGap - canonicalGap)
        }
        return (Double(AnchorChain.weight(chain, sentenceWords)) + Double(changed) / 4) / Double(total + added)
    }

    private func isAccepted(_ candidate: Candidate) -> Bool {
        if candidate.similarity >= minimumSimilarity { return true }
        let opensCopy = candidate.chain.first.map { $0.sentence < 3 } ?? false
        return opensCopy && candidate.similarity >= minimumSimilarityWithOpening
    }

    /// Unclaimed stretches reported as unknown documents.
    private func unknowns(
        in free: [Range<Int>], recognised: Bool, kind: LicenseDocumentKind, text: NormalizedText,
        document: TextDocument, hits: [[SentenceHit]]
    ) -> [LicenseMatch] {
        if !recognised, free.count <= 1 {
            let lastLine = max(1, document.lines.count)
            return [
                unknown(
                    kind: kind, lines: 1...lastLine,
                    similarity: free.first.map { bestSimilarity(in: $0, hits: hits) } ?? 0, document: document)
            ]
        }
        return free.filter { $0.count >= minimumUnknownWords }.map { region in
            let lines = text.words[region.lowerBound].line...text.words[region.upperBound - 1].line
            return unknown(
                kind: kind, lines: lines, similarity: bestSimilarity(in: region, hits: hits), document: document)
        }
    }

    private func unknown(
        kind: LicenseDocumentKind, lines: ClosedRange<Int>, similarity: Double, document: TextDocument
    ) -> LicenseMatch {
        let slice = document.lines[(lines.lowerBound - 1)..<min(lines.upperBound, document.lines.count)]
        let header = LicenseHeader.find(in: slice, firstLineNumber: lines.lowerBound)
        return LicenseMatch(
            licenseID: nil, document: kind, similarity: (similarity * 1000).rounded(.down) / 1000, status: .unknown,
            startLine: lines.lowerBound, endLine: lines.upperBound, title: header.title, versionLine: header.version)
    }

    private func bestSimilarity(in region: Range<Int>, hits: [[SentenceHit]]) -> Double {
        hits.indices.compactMap { candidate($0, in: region, hits: hits[$0])?.similarity }.max() ?? 0
    }

    /// `range` without `removed`: zero, one or two ranges.
    private static func subtract(_ removed: Range<Int>, from range: Range<Int>) -> [Range<Int>] {
        guard removed.overlaps(range) else { return [range] }
        return [range.lowerBound..<removed.lowerBound, removed.upperBound..<range.upperBound].filter { !$0.isEmpty }
    }
}
