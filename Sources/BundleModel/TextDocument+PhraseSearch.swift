/// Finding a phrase in a document the way a reader would: ignoring case, line wrapping, runs of
/// whitespace and Markdown or HTML markup.
extension TextDocument {
    /// The 1-based numbers of the lines where `phrase` begins, searching from line `firstLine`
    /// (for a model card, its `bodyStartLine`). A phrase may wrap onto following lines but not
    /// across a blank line. Emphasis, code and link markup, heading, quote and bullet markers,
    /// backslash escapes, HTML tags and typographic quotes and dashes are ignored on both sides.
    public func lineNumbers(containing phrase: String, from firstLine: Int = 1) -> [Int] {
        let needle = PhraseNormalizer.normalize(phrase)
        guard !needle.isEmpty, firstLine <= lines.count else { return [] }
        var haystack: [UInt8] = []
        var lineStarts: [(offset: Int, line: Int)] = []
        for number in max(firstLine, 1)...lines.count {
            let normalized = PhraseNormalizer.normalize(lines[number - 1])
            if normalized.isEmpty {
                haystack.append(PhraseNormalizer.paragraphBreak)
                continue
            }
            if let last = haystack.last, last != PhraseNormalizer.paragraphBreak { haystack.append(UInt8(ascii: " ")) }
            lineStarts.append((haystack.count, number))
            haystack += normalized
        }
        var found: [Int] = []
        var lineIndex = 0
        for offset in PhraseNormalizer.occurrences(of: needle, in: haystack) {
            while lineIndex + 1 < lineStarts.count, lineStarts[lineIndex + 1].offset <= offset { lineIndex += 1 }
            let number = lineStarts[lineIndex].line
            if found.last != number { found.append(number) }
        }
        return found
    }
}
