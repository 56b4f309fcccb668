/// Turns lines of text into a `NormalizedText`.
///
/// A word is a run of letters and digits, with `.`, `,`, `'`, `-`, `/`, `_`, `@`, `&` and `://`
/// kept inside it when a letter or digit follows (`3.1`, `700,000,000`, `entity's`,
/// `ai.google.dev/gemma/terms`). Sentences end at `.`, `;`, `:`, `!` and `?` outside words, at
/// lines without words, around Markdown headings and before list items, so they do not depend
/// on where a paragraph was wrapped. A list or section number that opens a sentence is dropped.
struct TextNormalizer {
    /// At most this many words are kept; the rest of the text is ignored.
    var maxWords: Int

    init(maxWords: Int = 500_000) {
        self.maxWords = maxWords
    }

    func normalize(_ lines: [String]) -> NormalizedText {
        var state = State()
        for (index, line) in lines.enumerated() {
            guard state.text.words.count < maxWords else {
                state.text.isTruncated = true
                break
            }
            state.read(line, number: index + 1, maxWords: maxWords)
        }
        state.endSentence()
        return state.text
    }

    private struct State {
        var text = NormalizedText(words: [], sentences: [], lineStarts: [], isTruncated: false)
        var sentenceStart = 0
        var pendingEnumerators: [Enumerator] = []

        mutating func read(_ line: String, number: Int, maxWords: Int) {
            let stripped = LineMarkup.strip(line)
            if stripped.opensBlock { endSentence() }
            let scalars = Array(stripped.body.unicodeScalars)
            let wordsBefore = text.words.count
            var index = 0
            while index < scalars.count, text.words.count < maxWords {
                let scalar = scalars[index]
                if Self.isWordScalar(scalar) {
                    let end = Self.wordEnd(scalars, from: index)
                    let word = String(String.UnicodeScalarView(scalars[index..<end]))
                    add(word, before: Self.neighbour(scalars, from: index - 1, step: -1), after: Self.neighbour(scalars, from: end, step: 1), line: number, indentation: stripped.indentation)
                    index = end
                } else {
                    if Self.endsSentence(scalar) { endSentence() }
                    index += 1
                }
            }
            if index < scalars.count { text.isTruncated = true }
            if text.words.count > wordsBefore { text.lineStarts.append(wordsBefore) }
            if text.words.count == wordsBefore || stripped.isHeading { endSentence() }
        }

        mutating func add(_ word: String, before: Unicode.Scalar?, after: Unicode.Scalar?, line: Int, indentation: Int) {
            if sentenceStart == text.words.count,
               let enumerator = Enumerator.recognise(word, before: before, after: after, indentation: indentation) {
                pendingEnumerators.append(enumerator)
                return
            }
            text.words.append(NormalizedText.Word(text: word, hash: TextHash.word(word), line: line))
        }

        mutating func endSentence() {
            guard sentenceStart < text.words.count else { return }
            text.sentences.append(NormalizedText.Sentence(range: sentenceStart..<text.words.count, enumerators: pendingEnumerators))
            sentenceStart = text.words.count
            pendingEnumerators = []
        }

        /// The first scalar from `start` in direction `step` that is not an emphasis mark (`*`, `_`, `` ` ``).
        static func neighbour(_ scalars: [Unicode.Scalar], from start: Int, step: Int) -> Unicode.Scalar? {
            var index = start
            while index >= 0, index < scalars.count {
                let scalar = scalars[index]
                if scalar != "*", scalar != "_", scalar != "`" { return scalar }
                index += step
            }
            return nil
        }

        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value
                return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "." || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?"
        }

        private static let joiners: Set<Unicode.Scalar> = [".", ",", "'", "-", "/", "_", "@", "&"]

        /// The end of the word starting at `start`: joiners stay inside when a word character follows.
        static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
            var end = start
            while end < scalars.count {
                let scalar = scalars[end]
                if isWordScalar(scalar) {
                    end += 1
                } else if joiners.contains(scalar), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                    end += 2
                } else if scalar == ":", end + 3 < scalars.count, scalars[end + 1] == "/", scalars[end + 2] == "/", isWordScalar(scalars[end + 3]) {
                    end += 4
                } else {
                    break
                }
            }
            return end
        }
    }
}
