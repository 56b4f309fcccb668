/// A text reduced to what identification compares: its words, in order, cut into sentences.
///
/// Case, punctuation, quotes, Markdown, bullets, list numbers, indentation and line breaks are
/// gone; each word remembers its line so that findings can cite it.
struct NormalizedText {
    /// One word.
    struct Word {
        /// As written (case kept), for excerpts.
        var text: String
        /// `TextHash.word` of the word.
        var hash: UInt64
        /// 1-based line of the source.
        var line: Int
    }

    /// One sentence: a run of words ended by `.`, `;`, `:`, `!`, `?`, a blank line or a block.
    struct Sentence {
        /// The words of the sentence, as indices into `words`.
        var range: Range<Int>
        /// The list or section numbers dropped in front of it.
        var enumerators: [Enumerator]
    }

    var words: [Word]
    var sentences: [Sentence]
    /// Index of the first word of each line that has words, in line order.
    var lineStarts: [Int]
    /// Whether the word budget ran out before the end of the text.
    var isTruncated: Bool

    /// A short excerpt of a run of words, as written.
    func excerpt(_ range: Range<Int>, maxCharacters: Int = 100) -> String {
        var text = ""
        for word in words[range] {
            if text.count + word.text.count + 1 > maxCharacters { return text + " …" }
            text += text.isEmpty ? word.text : " " + word.text
        }
        return text
    }
}
