import BundleModel

/// The YAML front matter of a Markdown document: the lines between a first line `---` and the
/// next `---` (or `...`).
struct FrontMatter {
    /// The YAML lines.
    var lines: ArraySlice<String>
    /// 1-based line of the document where the YAML starts (the line after the opening `---`).
    var firstLine: Int
    /// 1-based line of the document where the body starts (the line after the closing `---`).
    var bodyStartLine: Int

    /// Size of the YAML in bytes, line endings counted as one byte.
    var byteCount: Int { lines.reduce(0) { $0 + $1.utf8.count + 1 } }

    /// The YAML text, lines joined with LF.
    var yaml: String { lines.joined(separator: "\n") }
}

/// Finds the front matter at the start of a document.
enum FrontMatterLocator {
    /// What the start of a document holds.
    enum Result {
        /// The document does not start with `---`.
        case absent
        /// Front matter, opened and closed.
        case found(FrontMatter)
        /// `---` opens front matter that the document never closes.
        case unclosed
        /// `---` opens front matter that is not closed within the part of the document that was read.
        case cutOff
    }

    static func locate(in document: TextDocument) -> Result {
        guard let opening = document.lines.first, isDelimiter(opening, allowingEllipsis: false) else { return .absent }
        guard
            let closing = document.lines.indices.dropFirst().first(where: {
                isDelimiter(document.lines[$0], allowingEllipsis: true)
            })
        else {
            return document.isTruncated ? .cutOff : .unclosed
        }
        return .found(FrontMatter(lines: document.lines[1..<closing], firstLine: 2, bodyStartLine: closing + 2))
    }

    private static func isDelimiter(_ line: String, allowingEllipsis: Bool) -> Bool {
        var text = Substring(line)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text == "---" || (allowingEllipsis && text == "...")
    }
}
