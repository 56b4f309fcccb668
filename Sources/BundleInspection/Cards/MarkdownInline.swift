/// Strips inline Markdown and HTML from a short piece of text.
enum MarkdownInline {
    /// Longest text considered; a heading is never longer.
    static let maxLength = 1_024

    /// `[text](url)` becomes `text`; images, HTML tags, emphasis markers and backticks go; runs of
    /// whitespace become one space. Only the first `maxLength` characters are read.
    static func plainText(_ whole: String) -> String {
        let text = String(whole.prefix(maxLength))
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "!", let afterImage = linkEnd(in: text, from: text.index(after: index)) {
                index = afterImage.end
            } else if character == "[", let link = linkEnd(in: text, from: index) {
                output += plainText(String(text[link.label]))
                index = link.end
            } else if character == "<", let close = text[index...].firstIndex(of: ">") {
                index = text.index(after: close)
            } else {
                if character != "*", character != "`" { output.append(character) }
                index = text.index(after: index)
            }
        }
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// For `[label](target)` starting at `start`: the label's range and the index after `)`.
    private static func linkEnd(
        in text: String, from start: String.Index
    ) -> (label: Range<String.Index>, end: String.Index)? {
        guard start < text.endIndex, text[start] == "[", let closeBracket = text[start...].firstIndex(of: "]") else {
            return nil
        }
        let afterBracket = text.index(after: closeBracket)
        guard afterBracket < text.endIndex, text[afterBracket] == "(",
            let closeParen = text[afterBracket...].firstIndex(of: ")")
        else {
            return nil
        }
        return (text.index(after: start)..<closeBracket, text.index(after: closeParen))
    }
}
