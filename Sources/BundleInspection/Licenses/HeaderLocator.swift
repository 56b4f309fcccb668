import BundleModel

/// Looks for a fingerprint's title and version lines near where a copy of it starts.
struct HeaderLocator {
    let text: NormalizedText
    let lineWords: LineWords
    /// The document's lines.
    let lines: [String]

    /// What was found.
    struct Finding {
        var title: TextLine?
        /// The version line, exact or with other numbers.
        var version: TextLine?
        var versionIsExact = false
        /// The first word of the earliest exact line found.
        var firstWord: Int?

        /// How strongly the lines confirm the fingerprint: two points for the title, the license's
        /// own statement of what it is, and one for the exact version line.
        var confirmations: Int {
            (title == nil ? 0 : 2) + (versionIsExact ? 1 : 0)
        }

        /// The most `confirmations` can be.
        static let maximumConfirmations = 3
    }

    /// The title and version lines of `phrases` from 12 lines before the word `start` to 20
    /// lines after it, inside the free words `region`.
    func locate(_ phrases: HeaderPhrases, near start: Int, region: Range<Int>) -> Finding {
        let firstLine = text.words[start].line
        var finding = Finding()
        var sameShapeVersion: TextLine?
        for (line, range) in lineWords.lines(from: firstLine - 12, through: firstLine + 20)
        where region.contains(range.lowerBound) {
            let words = text.words[range.lowerBound..<min(range.upperBound, region.upperBound)]
            if finding.title == nil, phrases.opensWithTitle(words) {
                finding.title = textLine(line)
                finding.firstWord = min(finding.firstWord ?? range.lowerBound, range.lowerBound)
            }
            switch phrases.versionMatch(words) {
            case .exact where !finding.versionIsExact:
                finding.version = textLine(line)
                finding.versionIsExact = true
                finding.firstWord = min(finding.firstWord ?? range.lowerBound, range.lowerBound)
            case .sameShape where sameShapeVersion == nil:
                sameShapeVersion = textLine(line)
            default:
                break
            }
        }
        if finding.version == nil { finding.version = sameShapeVersion }
        return finding
    }

    private func textLine(_ line: Int) -> TextLine {
        TextLine(line: line, text: LineMarkup.displayText(lines[line - 1]))
    }
}
