import BundleModel

/// Lines a copy of one fingerprint up against its canonical sentences, from the anchors the
/// chain found, and says what is changed, missing or added and where.
struct SegmentAligner {
    let fingerprint: LicenseFingerprint
    let phrases: HeaderPhrases
    let text: NormalizedText
    let headers: HeaderLocator

    /// A copy found in the document.
    struct Segment {
        var match: LicenseMatch
        /// The words of the document it spans.
        var span: Range<Int>
        /// The copy opens with a title other than the fingerprint's: it may be another
        /// document built on the same text (a research edition of a license, say).
        var hasOtherTitle: Bool
    }

    private var sentenceWords: [Int] { fingerprint.sentences.map(\.words) }

    /// Aligns the copy anchored by `anchors` inside the free words `region`; `hits` are all
    /// hits of this fingerprint in the region, by sentence, sorted by start.
    func align(anchors: [SentenceHit], hits: [Int: [SentenceHit]], region: Range<Int>) -> Segment? {
        let words = sentenceWords
        let matched = matchedSentences(anchors: anchors, hits: hits, region: region, words: words)
        guard let first = matched.first, let last = matched.last else { return nil }
        let header = headers.locate(phrases, near: first.start, region: region)
        var start = extend(
            backFrom: first.start, limit: region.lowerBound, budget: words[..<first.sentence].reduce(0, +))
        if let headerStart = header.firstWord { start = min(start, headerStart) }
        let end = extend(
            forwardFrom: last.end, limit: region.upperBound, budget: words[(last.sentence + 1)...].reduce(0, +))

        let differences = self.differences(matched, from: start, to: end)
        let matchedWords = matched.reduce(0) { $0 + words[$1.sentence] }
        let similarity =
            differences.isEmpty
            ? 1 : (Double(matchedWords) / Double(max(1, fingerprint.totalWords)) * 1000).rounded(.down) / 1000
        let firstLine = min(text.words[start].line, header.title?.line ?? Int.max, header.version?.line ?? Int.max)
        let startLine = includingRules(above: firstLine)
        let opening = openingLines(header, from: startLine)
        let match = LicenseMatch(
            licenseID: fingerprint.licenseID, document: fingerprint.document, similarity: similarity,
            status: differences.isEmpty ? .canonical : .altered,
            startLine: startLine, endLine: text.words[end - 1].line,
            title: opening.title, versionLine: opening.version, differences: differences, fingerprint: fingerprint.name
        )
        return Segment(match: match, span: start..<end, hasOtherTitle: header.title == nil && opening.title != nil)
    }

    /// The anchors, with the canonical sentences found in order in the gaps around them.
    private func matchedSentences(
        anchors: [SentenceHit], hits: [Int: [SentenceHit]], region: Range<Int>, words: [Int]
    ) -> [SentenceHit] {
        guard let firstAnchor = anchors.first, let lastAnchor = anchors.last else { return [] }
        let headLimit = max(region.lowerBound, firstAnchor.start - 2 * words[..<firstAnchor.sentence].reduce(0, +) - 20)
        let tailLimit = min(
            region.upperBound, lastAnchor.end + 2 * words[(lastAnchor.sentence + 1)...].reduce(0, +) + 20)
        var matched: [SentenceHit] = []
        var cursor = (end: headLimit, sentence: -1)
        for anchor in anchors {
            matched += fill(hits, words: cursor.end..<anchor.start, sentences: (cursor.sentence + 1)..<anchor.sentence)
            matched.append(anchor)
            cursor = (anchor.end, anchor.sentence)
        }
        return matched + fill(hits, words: cursor.end..<tailLimit, sentences: (cursor.sentence + 1)..<words.count)
    }

    /// Matches, in order, the canonical `sentences` that `hits` has inside `words`.
    private func fill(_ hits: [Int: [SentenceHit]], words: Range<Int>, sentences: Range<Int>) -> [SentenceHit] {
        guard !words.isEmpty, !sentences.isEmpty else { return [] }
        var found: [SentenceHit] = []
        var cursor = words.lowerBound
        for sentence in sentences {
            guard let candidates = hits[sentence] else { continue }
            let first = Self.firstIndex(in: candidates, startingAtOrAfter: cursor)
            guard first < candidates.count, candidates[first].end <= words.upperBound else { continue }
            found.append(candidates[first])
            cursor = candidates[first].end
        }
        return found
    }

    /// Binary search: the first hit (sorted by start) that starts at `position` or later.
    private static func firstIndex(in hits: [SentenceHit], startingAtOrAfter position: Int) -> Int {
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].start < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A list or section number left alone between two canonical sentences (`… License 2.1. Grant
    /// of rights …`, a heading re-filled into the paragraph below it; `… to - a. use …`, a list
    /// joined into one line) only numbers what follows, as a number opening a sentence does.
    private func isListNumber(_ words: Range<Int>) -> Bool {
        words.count == 1 && Enumerator.hasShape(text.words[words.lowerBound].text)
    }

    /// Takes in whole sentences before `position` while they fit the words missing at the head.
    private func extend(backFrom position: Int, limit: Int, budget: Int) -> Int {
        guard budget > 0 else { return position }
        var start = position
        for sentence in text.sentences.reversed() where sentence.range.upperBound <= start {
            guard sentence.range.lowerBound >= limit, position - sentence.range.lowerBound <= budget * 3 / 2 + 5 else {
                break
            }
            start = sentence.range.lowerBound
        }
        return start
    }

    /// Takes in whole sentences after `position` while they fit the words missing at the tail.
    private func extend(forwardFrom position: Int, limit: Int, budget: Int) -> Int {
        guard budget > 0 else { return position }
        var end = position
        for sentence in text.sentences where sentence.range.lowerBound >= end {
            guard sentence.range.upperBound <= limit, sentence.range.upperBound - position <= budget * 3 / 2 + 5 else {
                break
            }
            end = sentence.range.upperBound
        }
        return end
    }

    /// `line`, or the first of the rule lines (`-----`, `=====`) right above it that frame a title.
    private func includingRules(above line: Int) -> Int {
        var first = line
        while first > 1 {
            let above = headers.lines[first - 2]
            let isRule = !above.allSatisfy(\.isWhitespace) && !above.contains { $0.isLetter || $0.isNumber }
            guard isRule else { break }
            first -= 1
        }
        return first
    }

    /// The title and version lines to report: the fingerprint's own when found, else the
    /// title-like and version-like lines the copy opens with.
    private func openingLines(
        _ header: HeaderLocator.Finding, from startLine: Int
    ) -> (title: TextLine?, version: TextLine?) {
        guard header.title == nil || header.version == nil else { return (header.title, header.version) }
        let opening = LicenseHeader.find(in: headers.lines[(startLine - 1)...].prefix(40), firstLineNumber: startLine)
        let title = header.title ?? (fingerprint.title == nil ? nil : opening.title)
        return (title, header.version ?? opening.version)
    }

    /// The differences between the matched sentences, from word `start` to word `end`.
    private func differences(_ matched: [SentenceHit], from start: Int, to end: Int) -> [TextDifference] {
        var differences: [TextDifference] = []
        var previous = (end: start, sentence: -1)
        for element in matched {
            differences += describe(
                words: previous.end..<element.start, sentences: (previous.sentence + 1)..<element.sentence,
                after: previous.sentence, resumingAt: text.words[element.start].line)
            previous = (element.end, element.sentence)
        }
        return differences
            + describe(
                words: previous.end..<end, sentences: (previous.sentence + 1)..<fingerprint.sentences.count,
                after: previous.sentence, resumingAt: nil)
    }

    /// The differences one gap between matched sentences stands for: text in the copy where
    /// canonical sentences are expected is changed; text alone is added; canonical sentences
    /// alone are missing (one difference per section), at the line where the copy resumes
    /// after them (`resumingAt`, nil at the end of the copy).
    private func describe(
        words: Range<Int>, sentences: Range<Int>, after previous: Int,
        resumingAt resumeLine: Int?
    ) -> [TextDifference] {
        let canonical = fingerprint.sentences
        if sentences.isEmpty, isListNumber(words) { return [] }
        if !words.isEmpty {
            let line = text.words[words.lowerBound].line
            let lastLine = text.words[words.upperBound - 1].line
            let endLine = lastLine > line ? lastLine : nil
            let excerpt = text.excerpt(words)
            if let first = sentences.first {
                return [
                    TextDifference(
                        kind: .changed, section: canonical[first].section, line: line, endLine: endLine,
                        excerpt: excerpt)
                ]
            }
            let section = previous >= 0 ? canonical[previous].section : canonical.first?.section
            return [TextDifference(kind: .added, section: section, line: line, endLine: endLine, excerpt: excerpt)]
        }
        var differences: [TextDifference] = []
        var runStart = sentences.lowerBound
        while runStart < sentences.upperBound {
            var runEnd = runStart + 1
            while runEnd < sentences.upperBound, canonical[runEnd].section == canonical[runStart].section {
                runEnd += 1
            }
            let missingWords = canonical[runStart..<runEnd].reduce(0) { $0 + $1.words }
            let count = runEnd - runStart
            let excerpt = "\(count) sentence\(count == 1 ? "" : "s") (\(missingWords) words) of the canonical text"
            let section = canonical[runStart].section
            differences.append(TextDifference(kind: .missing, section: section, line: resumeLine, excerpt: excerpt))
            runStart = runEnd
        }
        return differences
    }
}
