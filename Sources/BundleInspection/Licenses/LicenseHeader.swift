import BundleModel

/// Finds the title line and the version or date line at the top of a license text.
///
/// The title is a short line (at most 12 words, not ending like a sentence) standing alone in
/// its paragraph, before any other text; copyright lines are passed over. The version line
/// is a short line with a year and a month or a word such as `Version`, `dated`, `Release`,
/// `Effective` or `modified`, within the eight lines with text after the title.
enum LicenseHeader {
    /// The title and version lines found in `lines` (numbered from `firstLineNumber`).
    static func find(in lines: ArraySlice<String>, firstLineNumber: Int) -> (title: TextLine?, version: TextLine?) {
        var title: TextLine?
        var version: TextLine?
        var linesSinceTitle = 0
        for index in lines.indices.prefix(40) {
            let text = LineMarkup.displayText(lines[index])
            guard !text.isEmpty else { continue }
            let number = firstLineNumber + (index - lines.startIndex)
            if title != nil || version != nil {
                linesSinceTitle += 1
                if linesSinceTitle > 8 { break }
            }
            if version == nil, isVersionLike(text) {
                version = TextLine(line: number, text: text)
                if title != nil { break }
                continue
            }
            if title == nil, version == nil {
                if isCopyright(text) { continue }
                guard isTitleLike(text), standsAlone(index, in: lines) else { break }
                title = TextLine(line: number, text: text)
            }
        }
        return (title, version)
    }

    /// A line that names a version or a date.
    static func isVersionLike(_ text: String) -> Bool {
        let words = words(text).map { $0.lowercased() }
        guard (1...14).contains(words.count) else { return false }
        if words.first == "version", words.count > 1, words[1].first?.isASCIIDigit == true { return true }
        let hasYear = words.contains {
            $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) && ($0.hasPrefix("19") || $0.hasPrefix("20"))
        }
        let hasCue = words.contains { monthNames.contains($0) || versionCues.contains($0) }
        return hasYear && hasCue
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let versionCues: Set<String> = [
        "version", "dated", "date", "modified", "effective", "release", "released", "updated",
    ]

    private static func isTitleLike(_ text: String) -> Bool {
        (1...12).contains(words(text).count) && !text.hasSuffix(".") && !text.hasSuffix(",") && !text.hasSuffix(";")
    }

    private static func isCopyright(_ text: String) -> Bool {
        text.lowercased().hasPrefix("copyright")
    }

    /// The line is a paragraph of its own, is followed directly by a version line, or is in
    /// title case above a paragraph.
    private static func standsAlone(_ index: Int, in lines: ArraySlice<String>) -> Bool {
        let previousBlank = index == lines.startIndex || isBlank(lines[index - 1])
        let next = index + 1
        let nextEndsIt =
            next == lines.endIndex || isBlank(lines[next]) || isVersionLike(LineMarkup.displayText(lines[next]))
        return previousBlank && (nextEndsIt || isTitleCase(LineMarkup.displayText(lines[index])))
    }

    private static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    ]

    /// Every word starts with a capital or a digit, short function words aside.
    private static func isTitleCase(_ text: String) -> Bool {
        words(text).allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || minorWords.contains(String(word))
        }
    }

    private static func isBlank(_ line: String) -> Bool {
        LineMarkup.displayText(line).isEmpty
    }

    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == ".") }.filter { $0.contains { $0.isLetter || $0.isNumber } }
    }
}
