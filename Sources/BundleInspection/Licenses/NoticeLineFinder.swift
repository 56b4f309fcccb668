import BundleModel

/// Finds, in a Notice file, the lines that are a required notice exactly or nearly.
///
/// Exactly means equal after folding quotes, `©`/`(c)`, Markdown and spaces, or standing as a
/// sentence of its own inside the line. Nearly means the same words for the most part
/// (a wrong version number, a missing "All Rights Reserved", other capitals): the word-level
/// similarity is at least `minimumSimilarity`, and only the best-scoring notices are reported
/// for a line. A notice wrapped over up to three lines is read as one.
public struct NoticeLineFinder: Sendable {
    /// The notices looked for.
    public let notices: [RequiredNotice]
    /// The word-level similarity from which a line is a near match.
    public var minimumSimilarity = 0.8
    /// Lines of a file read at most.
    public var maxLines = 20_000

    private let reduced: [NoticeText]
    private let longestNotice: Int

    /// Prepares the notices for comparison.
    public init(notices: [RequiredNotice]) {
        self.notices = notices
        self.reduced = notices.map { NoticeText($0.text) }
        self.longestNotice = reduced.map(\.words.count).max() ?? 0
    }

    /// The notice lines in `document`, in line order.
    public func find(in document: TextDocument) -> [NoticeLineMatch] {
        guard !notices.isEmpty else { return [] }
        let lines = document.lines.prefix(maxLines)
        var matches: [NoticeLineMatch] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let spans = candidates(at: index, in: lines)
            guard let found = exactMatches(spans, firstLine: index) ?? nearMatches(spans, firstLine: index) else {
                index += 1
                continue
            }
            matches += found.matches
            index += found.lineCount
        }
        return matches
    }

    /// The line at `index` alone, then joined with the next one and two lines (no blank line between).
    private func candidates(at index: Int, in lines: ArraySlice<String>) -> [(raw: String, reduced: NoticeText)] {
        var result: [(raw: String, reduced: NoticeText)] = []
        var raw = ""
        for next in index..<min(index + 3, lines.endIndex) {
            let line = lines[next].trimmingSpaces()
            guard !LineMarkup.displayText(line).isEmpty else { break }
            raw += raw.isEmpty ? line : " " + line
            result.append((raw, NoticeText(raw)))
        }
        return result
    }

    private func exactMatches(
        _ spans: [(raw: String, reduced: NoticeText)], firstLine: Int
    ) -> (matches: [NoticeLineMatch], lineCount: Int)? {
        for (offset, span) in spans.enumerated() {
            let found = notices.indices.filter { span.reduced.contains(sentence: reduced[$0]) }
            guard !found.isEmpty else { continue }
            let matches = found.map {
                NoticeLineMatch(
                    licenseID: notices[$0].licenseID, line: firstLine + 1, text: span.raw, isExact: true,
                    notice: notices[$0].text)
            }
            return (matches, offset + 1)
        }
        return nil
    }

    private func nearMatches(
        _ spans: [(raw: String, reduced: NoticeText)], firstLine: Int
    ) -> (matches: [NoticeLineMatch], lineCount: Int)? {
        var scored: [(span: Int, notice: Int, score: Double)] = []
        for (offset, span) in spans.enumerated() where span.reduced.words.count <= 2 * longestNotice + 4 {
            for (notice, text) in reduced.enumerated() {
                let score = span.reduced.similarity(to: text)
                if score >= minimumSimilarity { scored.append((offset, notice, score)) }
            }
        }
        guard let top = scored.map(\.score).max() else { return nil }
        let best = scored.filter { $0.score >= top - 1e-9 }
        guard let span = best.map(\.span).min() else { return nil }
        let raw = spans[span].raw
        let matches = best.filter { $0.span == span }.map {
            NoticeLineMatch(
                licenseID: notices[$0.notice].licenseID, line: firstLine + 1, text: raw, isExact: false,
                notice: notices[$0.notice].text)
        }
        return (matches, span + 1)
    }
}
