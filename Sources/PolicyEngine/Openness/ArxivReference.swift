import BundleModel

/// An arXiv paper a model card links (`arxiv.org/abs/2402.00838`, `arXiv:2402.00838`, or the
/// `arxiv:` tag the Hub adds), taken as the release's technical report.
struct ArxivReference: Equatable {
    /// `https://arxiv.org/abs/2402.00838`.
    let url: String
    /// 1-based line in the card; nil when only a tag names it.
    let line: Int?
    let excerpt: String

    /// The first paper the card links, in its text or its tags.
    static func first(in card: TextDocument?, tags: [String]) -> ArxivReference? {
        for (index, line) in (card?.lines ?? []).enumerated() {
            if let id = identifier(in: line) {
                return ArxivReference(
                    url: "https://arxiv.org/abs/\(id)", line: index + 1, excerpt: String(line.prefix(160)))
            }
        }
        for tag in tags where tag.lowercased().hasPrefix("arxiv:") {
            if let id = identifier(in: tag) {
                return ArxivReference(url: "https://arxiv.org/abs/\(id)", line: nil, excerpt: "tags: \(tag)")
            }
        }
        return nil
    }

    /// A new-style arXiv identifier (`2402.00838`, with an optional version) after `arxiv.org/abs/`,
    /// `arxiv.org/pdf/` or `arxiv:`.
    static func identifier(in text: String) -> String? {
        let lower = text.lowercased()
        for marker in ["arxiv.org/abs/", "arxiv.org/pdf/", "arxiv:"] {
            var rest = Substring(lower)
            while let range = rest.range(of: marker) {
                let after = rest[range.upperBound...].drop { $0 == " " }
                var id = after.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "v") }
                while id.last == "." { id = id.dropLast() }
                let parts = id.split(separator: ".", omittingEmptySubsequences: false)
                if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber),
                    (4...6).contains(parts[1].prefix { $0.isNumber }.count)
                {
                    return String(id)
                }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }
}
