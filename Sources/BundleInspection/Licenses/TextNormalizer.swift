/// Turns lines of text into a `NormalizedText`.
///
/// A word is a run of letters and digits, with `.`, `,`, `'`, `-`, `/`, `_`, `@`, `&` and `://`
/// kept inside it when a letter or digit follows (`3.1`, `700,000,000`, `entity's`,
/// `ai.google.dev/gemma/terms`); a word broken across lines after a hyphen or inside a URL is
/// joined again (see `LineBreakJoin`). Sentences end at `.`, `;`, `:`, `!` and `?` outside words, at
/// lines without words, around Markdown headings and before list items, so they do not depend
/// on where a paragraph was wrapped. A list or section number that opens a sentence is dropped,
/// and so is one that closes a sentence after a lower-case word (or a word in capitals) when a
/// capital follows, or a dotted section number standing after a lower-case word before a capital
/// (`… terrorism 2. Exploitation …`, a list item without final punctuation), so that lists
/// renumbered, bulleted or without numbers still read the same.
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
        /// A list number that ended a sentence after a lower-case word (`… terrorism 2.`): when
        /// the next word starts with a capital, it opens the next list item instead.
        var trailingMarker: (index: Int, enumerator: Enumerator)?
        /// What joins the word that ended the previous line to the first word of this one (see
        /// `LineBreakJoin`), or nil.
        var pendingGlue: String?
        /// The previous line ended inside a Markdown link target.
        var insideLinkTarget = false

        mutating func read(_ line: String, number: Int, maxWords: Int) {
            let stripped = LineMarkup.strip(line, insideLinkTarget: insideLinkTarget)
            insideLinkTarget = stripped.endsInsideLinkTarget
            if stripped.opensBlock {
                endSentence()
                pendingGlue = nil
            }
            let scalars = Array(stripped.body.unicodeScalars)
            let wordsBefore = text.words.count
            var index = 0
            var continuesWord = false
            if let glue = pendingGlue, let last = text.words.indices.last,
                let first = LineBreakJoin.firstWordStart(scalars, isWordScalar: Self.isWordScalar)
            {
                let end = Self.wordEnd(scalars, from: first)
                text.words[last].text += glue + Self.wordText(scalars[first..<end])
                text.words[last].hash = TextHash.word(text.words[last].text)
                index = end
                continuesWord = true
            }
            pendingGlue = nil
            while index < scalars.count, text.words.count < maxWords {
                let scalar = scalars[index]
                if Self.isWordScalar(scalar) {
                    let end = Self.wordEnd(scalars, from: index)
                    let word = Self.wordText(scalars[index..<end])
                    add(
                        word, before: Self.neighbour(scalars, from: index - 1, step: -1),
                        after: Self.neighbour(scalars, from: end, step: 1), line: number,
                        indentation: stripped.indentation,
                        mayEnumerate: !Enumerator.isVersionAbbreviation(word, followedBy: scalars[end...]))
                    index = end
                } else {
                    if Self.endsSentence(scalar) { endSentence() }
                    index += 1
                }
            }
            if index < scalars.count { text.isTruncated = true }
            if text.words.count > wordsBefore { text.lineStarts.append(wordsBefore) }
            let hasWords = text.words.count > wordsBefore || continuesWord
            if !hasWords && !stripped.endsInsideLinkTarget || stripped.isHeading {
                endSentence()
            } else if hasWords {
                let lastWord = text.words.last?.text
                pendingGlue = LineBreakJoin.glue(
                    endingLine: scalars, lastWord: lastWord, isWordScalar: Self.isWordScalar)
            }
        }

        mutating func add(
            _ word: String, before: Unicode.Scalar?, after: Unicode.Scalar?, line: Int, indentation: Int,
            mayEnumerate: Bool
        ) {
            if let marker = trailingMarker {
                trailingMarker = nil
                if word.first?.isUppercase == true { moveToNextSentence(marker) }
            }
            let enumerator =
                mayEnumerate
                ? Enumerator.recognise(word, before: before, after: after, indentation: indentation) : nil
            if sentenceStart == text.words.count, let enumerator {
                pendingEnumerators.append(enumerator)
                return
            }
            if let enumerator, let previous = text.words.last, sentenceStart < text.words.count,
                enumerator.punctuation == .trailing && !word.contains(".") && Self.mayPrecedeListMarker(previous.text)
                    || enumerator.punctuation == .dotted && Self.mayPrecedeSectionNumber(previous.text)
            {
                trailingMarker = (text.words.count, enumerator)
            }
            text.words.append(NormalizedText.Word(text: word, hash: TextHash.word(word), line: line))
        }

        /// Takes a list number off the end of the sentence it closed and gives it to the next one.
        mutating func moveToNextSentence(_ marker: (index: Int, enumerator: Enumerator)) {
            guard marker.index == text.words.count - 1 else { return }
            text.words.removeLast()
            if text.lineStarts.last == marker.index { text.lineStarts.removeLast() }
            if sentenceStart == marker.index + 1, let last = text.sentences.indices.last {
                text.sentences[last].range = text.sentences[last].range.lowerBound..<marker.index
                sentenceStart = marker.index
            } else {
                endSentence()
            }
            pendingEnumerators.append(marker.enumerator)
        }

        private static let referenceWords: Set<String> = [
            "section", "sections", "subsection", "paragraph", "paragraphs", "clause", "clauses", "article", "articles",
            "version", "versions", "item", "items", "schedule", "exhibit", "appendix", "attachment", "annex",
            "chapter", "part", "no", "number", "step", "page", "point", "rule", "table", "figure",
        ]

        /// A lower-case word, or a heading's word in capitals (`OTHER PROVISIONS 7.`), that does not
        /// announce a number (`section 2.` is a reference, not a list; `Llama 3.` a version).
        static func mayPrecedeListMarker(_ word: String) -> Bool {
            let isCapitals =
                word.count > 1 && word.contains(where: \.isLetter)
                && word.allSatisfy { !$0.isLetter || $0.isUppercase }
            return (word.first?.isLowercase == true || isCapitals) && !referenceWords.contains(word.lowercased())
        }

        /// A lower-case word that does not announce a number, before a dotted section number
        /// opening a title (`… public domain 3.0 Dedication …`; `CC BY-SA 4.0 Legal Code` keeps its version).
        static func mayPrecedeSectionNumber(_ word: String) -> Bool {
            word.first?.isLowercase == true && !referenceWords.contains(word.lowercased())
        }

        mutating func endSentence() {
            guard sentenceStart < text.words.count else { return }
            text.sentences.append(
                NormalizedText.Sentence(range: sentenceStart..<text.words.count, enumerators: pendingEnumerators))
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

        /// A word as written, without the spaces of a hyphen joined across them (`non- exclusive`).
        static func wordText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            String(String.UnicodeScalarView(scalars.filter { $0 != " " }))
        }

        /// The end of the word starting at `start`: joiners stay inside when a word character follows.
        static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
            var end = start
            while end < scalars.count {
                let scalar = scalars[end]
                if isWordScalar(scalar) {
                    end += 1
                } else if joiners.contains(scalar), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                    end += 2
                } else if let next = LineBreakJoin.continuation(
                    afterHyphenAt: end, in: scalars,
                    isWordScalar: isWordScalar)
                {
                    end = next + 1
                } else if scalar == ":", end + 3 < scalars.count, scalars[end + 1] == "/", scalars[end + 2] == "/",
                    isWordScalar(scalars[end + 3])
                {
                    end += 4
                } else {
                    break
                }
            }
            return end
        }
    }
}
