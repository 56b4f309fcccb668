/// Words an editor broke across lines, joined again: a hyphenated word broken after its hyphen
/// (`royalty-` / `free`) and a URL broken after one of its separators (`https://ai.google.dev/`
/// / `gemma/terms`), as word processors and some re-fill tools break them. Inside a line, a
/// hyphen followed by spaces (`non- exclusive`, what re-wrapping such a break leaves) joins too,
/// so a text reads the same however it is wrapped.
enum LineBreakJoin {
    /// The characters a URL may be broken after.
    private static let urlSeparators: Set<Unicode.Scalar> = ["/", "-", "_", "?", "=", "&", "#", "%", "~", ":"]

    /// What joins the last word of a line (`lastWord`, which ends the line's words) to the first
    /// word of the next line: `-` after a hyphenated word's first part, the trailing separators
    /// of a URL, or nil when the line ends the word.
    static func glue(
        endingLine scalars: [Unicode.Scalar], lastWord: String?,
        isWordScalar: (Unicode.Scalar) -> Bool
    ) -> String? {
        guard let lastWord else { return nil }
        var end = scalars.count
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, urlSeparators.contains(scalars[start - 1]) { start -= 1 }
        guard start < end, start > 0, isWordScalar(scalars[start - 1]) else { return nil }
        let separators = String(String.UnicodeScalarView(scalars[start..<end]))
        if separators == "-" { return "-" }
        guard separators != ":", separators == "://" || isURL(lastWord) else { return nil }
        return separators
    }

    /// `https://…`, `www.…`, or a host and path (`ai.meta.com/llama`, a link's text).
    private static func isURL(_ word: String) -> Bool {
        if word.contains("://") || word.lowercased().hasPrefix("www.") { return true }
        guard let slash = word.firstIndex(of: "/") else { return false }
        return word[..<slash].contains(".")
    }

    /// Where the first word of a line starts, when only spaces and emphasis marks come before it.
    static func firstWordStart(_ scalars: [Unicode.Scalar], isWordScalar: (Unicode.Scalar) -> Bool) -> Int? {
        let marks: Set<Unicode.Scalar> = [" ", "*", "_", "`"]
        guard let first = scalars.firstIndex(where: { !marks.contains($0) }) else { return nil }
        return isWordScalar(scalars[first]) ? first : nil
    }

    /// The end of a hyphen followed by spaces and a word inside a line (`non- exclusive`), where
    /// the word goes on; nil when `position` is not such a hyphen.
    static func continuation(
        afterHyphenAt position: Int, in scalars: [Unicode.Scalar],
        isWordScalar: (Unicode.Scalar) -> Bool
    ) -> Int? {
        guard scalars[position] == "-", position > 0, isWordScalar(scalars[position - 1]) else { return nil }
        var next = position + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        guard next > position + 1, next < scalars.count, isWordScalar(scalars[next]) else { return nil }
        return next
    }
}
