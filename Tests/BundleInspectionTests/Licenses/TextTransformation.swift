import BundleModel

/// A change of form that must not change what a license text is identified as.
struct TextTransformation: CustomStringConvertible, Sendable {
    var description: String
    /// The file as the transformation writes it: its lines, and the line break they are joined with.
    var apply: @Sendable ([String]) -> (lines: [String], lineBreak: String)

    /// The transformed file read back as a document.
    func document(_ lines: [String]) -> TextDocument {
        let result = apply(lines)
        return TextDocument(path: "LICENSE", text: result.lines.joined(separator: result.lineBreak))
    }

    static let all: [TextTransformation] = [
        TextTransformation(description: "re-wrapped at 50 columns") { (rewrapped($0, width: 50), "\n") },
        TextTransformation(description: "re-wrapped at 120 columns") { (rewrapped($0, width: 120), "\n") },
        TextTransformation(description: "every paragraph on one line") { (joinedParagraphs($0), "\n") },
        TextTransformation(description: "re-filled at 72 columns, breaking hyphenated words and URLs") {
            (refilled($0, width: 72), "\n")
        },
        TextTransformation(description: "Markdown headings over section titles") { (headingTitles($0), "\n") },
        TextTransformation(description: "CRLF line breaks") { ($0, "\r\n") },
        TextTransformation(description: "Markdown heading, bold and escapes") { (markdown($0), "\n") },
        TextTransformation(description: "smart quotes") { ($0.map(smartQuoted), "\n") },
        TextTransformation(description: "straight quotes") { ($0.map(straightQuoted), "\n") },
        TextTransformation(description: "© and (c) swapped") { ($0.map(swappingCopyrightSigns), "\n") },
        TextTransformation(description: "other bullets") { ($0.map(rebulleted), "\n") },
        TextTransformation(description: "indented") { ($0.map { $0.isEmpty ? $0 : "    " + $0 }, "\n") },
        TextTransformation(description: "indentation removed") {
            ($0.map { String($0.drop { $0 == " " || $0 == "\t" }) }, "\n")
        },
        TextTransformation(description: "project header above") { (projectHeader + $0, "\n") },
    ]

    /// A header a project puts above the license text, without final punctuation.
    static let projectHeader = [
        "# Acme-8B-Instruct", "", "The weights of this model are distributed under the license below", "",
    ]

    /// Each paragraph re-flowed to `width` columns; headings and list items start their own lines.
    static func rewrapped(_ lines: [String], width: Int) -> [String] {
        var output: [String] = []
        var words: [Substring] = []
        func flush() {
            var line = ""
            for word in words {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    output.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            if !line.isEmpty { output.append(line) }
            words = []
        }
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                flush()
                output.append("")
            } else {
                if startsBlock(trimmed) { flush() }
                words += trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            }
        }
        flush()
        return output
    }

    /// Each paragraph re-filled to `width` columns the way a word processor does it: a word that
    /// does not fit is broken after a hyphen (`royalty-` / `free`) or, in a URL, after a `/`, when
    /// its first part fits.
    static func refilled(_ lines: [String], width: Int) -> [String] {
        rewrapped(lines, width: Int.max).flatMap { paragraph -> [String] in
            guard !paragraph.isEmpty else { return [paragraph] }
            var output: [String] = []
            var line = ""
            var pending = paragraph.split(separator: " ").map(String.init).reversed() as [String]
            while let word = pending.popLast() {
                let room = width - line.count - (line.isEmpty ? 0 : 1)
                if word.count <= room {
                    line += line.isEmpty ? word : " " + word
                    continue
                }
                if let cut = breakPoint(in: word, room: room) {
                    line += (line.isEmpty ? "" : " ") + String(word[..<cut])
                    pending.append(String(word[cut...]))
                } else if line.isEmpty {
                    line = word
                    continue
                } else {
                    pending.append(word)
                }
                output.append(line)
                line = ""
            }
            if !line.isEmpty { output.append(line) }
            return output
        }
    }

    /// Just after the last hyphen between two letters, or the last `/` of a URL, that leaves a
    /// first part of at most `room` characters.
    private static func breakPoint(in word: String, room: Int) -> String.Index? {
        let isURL = word.contains("://") || word.hasPrefix("www.")
        var best: String.Index?
        var index = word.startIndex
        var offset = 0
        while index < word.endIndex {
            let next = word.index(after: index)
            let character = word[index]
            let betweenLetters =
                index > word.startIndex && word[word.index(before: index)].isLetter && next < word.endIndex
                && word[next].isLetter
            if offset + 1 <= room, next < word.endIndex,
                character == "-" && betweenLetters || isURL && character == "/" && word[next] != "/"
            {
                best = next
            }
            index = next
            offset += 1
        }
        return best
    }

    /// Section titles made Markdown headings: `## Section IV: OTHER PROVISIONS`, `## 3. Definitions`.
    static func headingTitles(_ lines: [String]) -> [String] {
        lines.indices.map { index in
            let trimmed = String(
                lines[index].drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            let isBlank = { (position: Int) in
                !lines.indices.contains(position) || lines[position].allSatisfy(\.isWhitespace)
            }
            guard
                isSectionTitle(
                    trimmed, standsAlone: isBlank(index - 1) && isBlank(index + 1), endsParagraph: isBlank(index + 1))
            else { return lines[index] }
            return "## " + trimmed
        }
    }

    private static let headingKeywords: Set<String> = [
        "section", "article", "part", "attachment", "exhibit", "schedule", "appendix", "annex", "chapter",
    ]

    /// `Section IV: …`, `Part II: …`, `Section 1 – Definitions.`, a paragraph of its own that starts
    /// with a heading keyword and a number, or `3. Definitions` / `2.1 Grant of Rights.` closing its
    /// paragraph or its sentence.
    private static func isSectionTitle(_ line: String, standsAlone: Bool, endsParagraph: Bool) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (2...10).contains(words.count), !line.hasPrefix("#"), !line.hasPrefix("*") else { return false }
        let first = words[0].trimmingTrailingPunctuation
        if headingKeywords.contains(first.lowercased()) {
            let number = words[1]
            let isNumbered = number.first.map { $0.isNumber || $0.isUppercase } ?? false
            let punctuated =
                number.hasSuffix(":") || number.hasSuffix(".") || words.count > 2 && ["-", "–", "—"].contains(words[2])
            return isNumbered && (punctuated || standsAlone)
        }
        let isNumber = !first.isEmpty && first.allSatisfy { $0.isNumber || $0 == "." } && first.first?.isNumber == true
        let titled = words[1].first?.isUppercase == true
        return isNumber && titled && (endsParagraph || line.hasSuffix(".") || line.hasSuffix(":"))
    }

    /// The lines between blank lines joined into one, list items included.
    static func joinedParagraphs(_ lines: [String]) -> [String] {
        var output: [String] = []
        var paragraph = ""
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if !paragraph.isEmpty { output.append(paragraph) }
                output.append("")
                paragraph = ""
            } else {
                paragraph += paragraph.isEmpty ? String(trimmed) : " " + trimmed
            }
        }
        if !paragraph.isEmpty { output.append(paragraph) }
        return output
    }

    private static func startsBlock(_ line: Substring) -> Bool {
        if line.hasPrefix("#") || line.hasPrefix("* ") || line.hasPrefix("- ") || line.hasPrefix("• ") { return true }
        let number = line.prefix { $0.isNumber || $0.isLetter || $0 == "(" }
        return number.count <= 5
            && (line.dropFirst(number.count).hasPrefix(". ") || line.dropFirst(number.count).hasPrefix(") "))
    }

    /// The first line made a heading, every first word bold, and `1.` escaped as `1\.`.
    static func markdown(_ lines: [String]) -> [String] {
        var headingDone = false
        return lines.map { line in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            var rest = line.dropFirst(indentation.count)
            guard !rest.isEmpty else { return line }
            if !headingDone {
                headingDone = true
                return "# " + rest.filter { $0 != "*" && $0 != "#" }.drop { $0 == " " }
            }
            let digits = rest.prefix(while: \.isNumber)
            if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
                return indentation + digits + "\\. " + rest.dropFirst(digits.count + 2)
            }
            if rest.hasPrefix("* ") || rest.hasPrefix("- ") { return line }
            let word = rest.prefix { $0 != " " }
            rest = rest.dropFirst(word.count)
            return word.contains("*") ? line : indentation + "**" + word + "**" + rest
        }
    }

    static func smartQuoted(_ line: String) -> String {
        var opening = true
        return String(
            line.map { character -> Character in
                switch character {
                case "\"":
                    defer { opening.toggle() }
                    return opening ? "“" : "”"
                case "'": return "’"
                default: return character
                }
            })
    }

    static func straightQuoted(_ line: String) -> String {
        String(
            line.map { character -> Character in
                switch character {
                case "“", "”": return "\""
                case "‘", "’": return "'"
                default: return character
                }
            })
    }

    static func swappingCopyrightSigns(_ line: String) -> String {
        line.replacing("©", with: "\u{0}").replacing("(c)", with: "©").replacing("\u{0}", with: "(c)")
    }

    static func rebulleted(_ line: String) -> String {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indentation.count)
        if rest.hasPrefix("* ") { return indentation + "- " + rest.dropFirst(2) }
        if rest.hasPrefix("- ") { return indentation + "• " + rest.dropFirst(2) }
        return line
    }
}

private extension Substring {
    /// The word without the punctuation that ends it (`IV:` → `IV`).
    var trimmingTrailingPunctuation: String {
        String(reversed().drop { $0.isPunctuation }.reversed())
    }
}
