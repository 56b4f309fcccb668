/// Text made safe for GitHub-flavoured Markdown: whatever a file name, excerpt or message holds,
/// it renders as the same characters, never as emphasis, links, HTML, math or a broken table.
enum MarkdownText {
    /// Characters that GitHub would read as markup inside a line; each is backslash-escaped.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "&", "#"]

    /// Running text on one line: line breaks and control characters become spaces, markup is
    /// escaped, and web addresses become autolinks so that escaping cannot break them.
    static func inline(_ value: String) -> String {
        singleLine(value).split(separator: " ", omittingEmptySubsequences: false).map { word in
            link(String(word)) ?? escape(String(word))
        }.joined(separator: " ")
    }

    /// A code span (file names, rule ids, digests). `inTable` escapes `|`, which GitHub reads as
    /// a cell border even inside a code span.
    static func code(_ value: String, inTable: Bool = false) -> String {
        var text = singleLine(value)
        if inTable { text = text.replacingAll("|", with: "\\|") }
        let longestRun = text.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`") || text.isEmpty ? " \(text) " : text
        return fence + padded + fence
    }

    /// A link with a label; the address goes in angle brackets, which allow any character but `<`, `>` and spaces.
    static func link(label: String, url: String) -> String {
        let address = singleLine(url).replacingAll("<", with: "%3C").replacingAll(">", with: "%3E").replacingAll(
            " ", with: "%20")
        return "[\(inline(label))](<\(address)>)"
    }

    /// A web address as an autolink, with surrounding punctuation left outside; nil for other words.
    private static func link(_ word: String) -> String? {
        var address = Substring(word)
        var leading = "", trailing = ""
        while let first = address.first, "(“‘\"'".contains(first) {
            leading.append(first)
            address = address.dropFirst()
        }
        while let last = address.last, ".,;:)”’\"'".contains(last) {
            trailing = String(last) + trailing
            address = address.dropLast()
        }
        guard address.hasPrefix("https://") || address.hasPrefix("http://"), address.count > 8,
            !address.contains(where: { "<>`\\".contains($0) })
        else { return nil }
        return escape(leading) + "<\(address)>" + escape(trailing)
    }

    private static func escape(_ word: String) -> String {
        var result = ""
        for character in word {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Collapses line breaks and tabs to single spaces, and shows the other hidden characters
    /// (escape sequences, bidirectional controls) as visible escapes (`VisibleText`).
    static func singleLine(_ value: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in value.unicodeScalars {
            let isSpace = ["\n", "\r", "\t", " ", "\u{2028}", "\u{2029}"].contains(scalar)
            if isSpace {
                if !lastWasSpace { result.unicodeScalars.append(" ") }
            } else if VisibleText.isHidden(scalar) {
                result += VisibleText.escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
            lastWasSpace = isSpace
        }
        return result.trimmingSpaces()
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }

    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
