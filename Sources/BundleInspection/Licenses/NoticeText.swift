/// A notice line reduced for comparison: typographic variants folded, Markdown and list
/// decorations removed, spaces collapsed, the quotation marks around it dropped.
struct NoticeText: Equatable {
    /// The reduced text; equal texts are the same notice, exactly.
    let text: String
    /// Its words, lower-cased, for the near comparison.
    let words: [String]

    init(_ raw: String) {
        var text = LineMarkup.displayText(raw).replacing("(C)", with: "(c)")
        let quotes: Set<Character> = ["\"", "'"]
        while let first = text.first, let last = text.last, text.count >= 2, quotes.contains(first),
            quotes.contains(last)
        {
            text = String(text.dropFirst().dropLast()).trimmingSpaces()
        }
        while let first = text.first, quotes.contains(first), !text.dropFirst().contains(first) {
            text = String(text.dropFirst()).trimmingSpaces()
        }
        while let last = text.last, quotes.contains(last), !text.dropLast().contains(last) {
            text = String(text.dropLast()).trimmingSpaces()
        }
        self.text = text
        self.words = TextNormalizer().normalize([text]).words.map { $0.text.lowercased() }
    }

    /// Whether `notice` stands in this text as a sentence of its own: the whole text, or
    /// preceded by the start or a sentence end and followed by the end or a space.
    func contains(sentence notice: NoticeText) -> Bool {
        guard !notice.text.isEmpty else { return false }
        if text == notice.text { return true }
        var searchStart = text.startIndex
        while let found = text[searchStart...].firstRange(of: notice.text) {
            let before = text[..<found.lowerBound].trimmingSpaces().last
            let after = text[found.upperBound...].first
            if (before == nil || ".:;!?".contains(before ?? " ")) && (after == nil || after == " ") { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    /// 2 × (longest common subsequence of words) ÷ (total words): 1 for the same words.
    func similarity(to other: NoticeText) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: other.words.count + 1)
        for word in words {
            var current = [Int](repeating: 0, count: other.words.count + 1)
            for (index, otherWord) in other.words.enumerated() {
                current[index + 1] = word == otherWord ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return 2 * Double(previous[other.words.count]) / Double(words.count + other.words.count)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
