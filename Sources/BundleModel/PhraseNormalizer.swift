/// Reduces text to what phrase matching compares.
enum PhraseNormalizer {
    /// Stands between paragraphs; never part of a normalized phrase.
    static let paragraphBreak: UInt8 = 0x0A

    /// Longest HTML tag skipped.
    private static let maxTagLength = 256

    /// Lower-cased UTF-8 without markup, with single spaces between words.
    static func normalize(_ text: String) -> [UInt8] {
        let characters = Array(stripLineMarkers(text.lowercased()))
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<", let end = tagEnd(characters, from: index) {
                index = end + 1
                output.append(" ")
                continue
            }
            index += 1
            if ignored.contains(character) { continue }
            output.append(replacements[character] ?? character)
        }
        let words = output.split(whereSeparator: { $0.isWhitespace })
        return Array(words.joined(separator: " ").utf8)
    }

    /// Start offsets of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard needle.count <= haystack.count, let first = needle.first else { return [] }
        var result: [Int] = []
        var offset = 0
        while offset <= haystack.count - needle.count {
            if haystack[offset] == first, haystack[offset..<offset + needle.count].elementsEqual(needle) { result.append(offset) }
            offset += 1
        }
        return result
    }

    /// Drops leading heading (`#`), quote (`>`) and bullet (`-`, `*`, `+`) markers.
    private static func stripLineMarkers(_ line: String) -> Substring {
        var rest = line.drop(while: \.isWhitespace)
        while let marker = rest.first, "#>-*+".contains(marker) {
            let afterMarkers = rest.drop { $0 == marker }
            guard marker == ">" || marker == "#" || afterMarkers.first?.isWhitespace == true else { break }
            rest = afterMarkers.drop(while: \.isWhitespace)
        }
        return rest
    }

    /// The index of the `>` closing an HTML tag or comment that starts at `start`.
    private static func tagEnd(_ characters: [Character], from start: Int) -> Int? {
        guard start + 1 < characters.count else { return nil }
        let next = characters[start + 1]
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        let limit = min(characters.count, start + maxTagLength)
        return (start + 1..<limit).first { characters[$0] == ">" }
    }

    private static let ignored: Set<Character> = ["*", "_", "`", "\\", "[", "]", "~"]

    private static let replacements: [Character: Character] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2013}": "-", "\u{2014}": "-",
        "\u{00A0}": " ",
    ]
}
