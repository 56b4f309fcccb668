import BundleModel

/// Removes the decorations of one line that carry no words: indentation, block quotes,
/// Markdown heading marks, list bullets, backslash escapes and link targets.
enum LineMarkup {
    /// A line without its decorations.
    struct Stripped {
        /// The words and punctuation left, with typographic variants folded.
        var body: String
        /// Leading whitespace, a tab counting four.
        var indentation: Int
        /// The line opens a block of its own (a heading or a list item), so a sentence ends
        /// before it whatever the punctuation says.
        var opensBlock: Bool
        /// The line is a Markdown heading, so a sentence also ends after it.
        var isHeading: Bool
        /// The line ends inside a link target (`[text](https://` broken across lines), which the
        /// next line closes.
        var endsInsideLinkTarget = false
    }

    private static let bullets: Set<Character> = ["*", "-", "+", "•", "◦", "▪", "‣", "·"]

    /// Strips one line; `insideLinkTarget` when the line before ended inside a link target, so
    /// this one may go on with it: text without spaces up to a `)`, or the whole line when it has
    /// neither spaces nor a `)`.
    static func strip(_ line: String, insideLinkTarget: Bool = false) -> Stripped {
        if insideLinkTarget {
            let target = line.drop { $0 == " " }.prefix { $0 != " " && $0 != ")" }
            if target.endIndex == line.endIndex, !target.isEmpty {
                return Stripped(
                    body: "", indentation: 0, opensBlock: false, isHeading: false,
                    endsInsideLinkTarget: true)
            }
            if target.endIndex < line.endIndex, line[target.endIndex] == ")" {
                var rest = strip(String(line[line.index(after: target.endIndex)...]))
                rest.opensBlock = false
                rest.isHeading = false
                return rest
            }
        }
        var indentation = 0
        for character in line {
            if character == " " { indentation += 1 } else if character == "\t" { indentation += 4 } else { break }
        }
        var rest = Substring(CharacterFolding.fold(line)).drop { $0 == " " }
        while rest.first == ">" { rest = rest.dropFirst().drop { $0 == " " } }
        var opensBlock = false
        let hashes = rest.prefix { $0 == "#" }
        let isHeading = (1...6).contains(hashes.count) && rest.dropFirst(hashes.count).first.map({ $0 == " " }) ?? true
        if isHeading {
            rest = rest.dropFirst(hashes.count).drop { $0 == " " }
            opensBlock = true
        }
        while let first = rest.first, bullets.contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst().drop { $0 == " " }
            opensBlock = true
        }
        let body = removingLinkTargets(removingEscapes(rest))
        return Stripped(
            body: body.text, indentation: indentation, opensBlock: opensBlock, isHeading: isHeading,
            endsInsideLinkTarget: body.isOpen)
    }

    /// The line as a person reads it: decorations and emphasis marks removed, spaces collapsed.
    /// Underscores go in pairs (`__bold__`); an odd one out is kept.
    static func displayText(_ line: String) -> String {
        var body = ""
        var endsWithUnpairedUnderscore = false
        for character in strip(line).body where character != "*" && character != "`" {
            if character == "_", endsWithUnpairedUnderscore {
                body.removeLast()
                endsWithUnpairedUnderscore = false
            } else {
                body.append(character)
                endsWithUnpairedUnderscore = character == "_"
            }
        }
        return body.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `1\.` → `1.`: a backslash before ASCII punctuation only escapes it.
    private static func removingEscapes(_ text: Substring) -> Substring {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() {
                if !(next.isASCII && next.isPunctuation || next.isASCII && next.isSymbol) { result.append(character) }
                result.append(next)
            } else {
                result.append(character)
            }
        }
        return Substring(result)
    }

    /// `[text](target)` → `[text]`: a Markdown link reads as its text. A target the line does not
    /// close runs to its end (`isOpen`).
    private static func removingLinkTargets(_ text: Substring) -> (text: String, isOpen: Bool) {
        guard text.contains("](") else { return (String(text), false) }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            result.append(character)
            let next = text.index(after: index)
            if character == "]", next < text.endIndex, text[next] == "(" {
                guard let close = text[next...].firstIndex(of: ")") else { return (result, true) }
                index = text.index(after: close)
            } else {
                index = next
            }
        }
        return (result, false)
    }
}
