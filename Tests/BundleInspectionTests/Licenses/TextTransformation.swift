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
        TextTransformation(description: "CRLF line breaks") { ($0, "\r\n") },
        TextTransformation(description: "Markdown heading, bold and escapes") { (markdown($0), "\n") },
        TextTransformation(description: "smart quotes") { ($0.map(smartQuoted), "\n") },
        TextTransformation(description: "straight quotes") { ($0.map(straightQuoted), "\n") },
        TextTransformation(description: "© and (c) swapped") { ($0.map(swappingCopyrightSigns), "\n") },
        TextTransformation(description: "other bullets") { ($0.map(rebulleted), "\n") },
        TextTransformation(description: "indented") { ($0.map { $0.isEmpty ? $0 : "    " + $0 }, "\n") },
        TextTransformation(description: "indentation removed") { ($0.map { String($0.drop { $0 == " " || $0 == "\t" }) }, "\n") },
        TextTransformation(description: "project header above") { (projectHeader + $0, "\n") },
    ]

    /// A header a project puts above the license text, without final punctuation.
    static let projectHeader = ["# Acme-8B-Instruct", "", "The weights of this model are distributed under the license below", ""]

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
        return number.count <= 5 && (line.dropFirst(number.count).hasPrefix(". ") || line.dropFirst(number.count).hasPrefix(") "))
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
        return String(line.map { character -> Character in
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
        String(line.map { character -> Character in
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
