import BundleModel
import Testing

@testable import BundleInspection

@Suite struct TextNormalizerTests {
    private func words(_ lines: [String]) -> [String] {
        TextNormalizer().normalize(lines).words.map(\.text)
    }

    private func sentences(_ lines: [String]) -> [String] {
        let text = TextNormalizer().normalize(lines)
        return text.sentences.map { text.words[$0.range].map { $0.text.lowercased() }.joined(separator: " ") }
    }

    @Test("line breaks, CRLF and indentation do not matter")
    func lineBreaks() {
        let plain = sentences(["The quick brown fox jumps over the lazy dog. It runs away."])
        #expect(sentences(["The quick brown", "    fox jumps over", "the lazy dog. It", "runs away."]) == plain)
        #expect(
            sentences(TextDocumentLines.split("The quick brown\r\nfox jumps over the lazy dog.\r\nIt runs away."))
                == plain)
        #expect(plain == ["the quick brown fox jumps over the lazy dog", "it runs away"])
    }

    @Test("Markdown headings, emphasis, escapes and links read as their words")
    func markdown() {
        #expect(words(["## **1\\.** **Grant** of _Rights_"]) == ["Grant", "of", "Rights"])
        #expect(words(["See [the terms](https://example.com/terms) here."]) == ["See", "the", "terms", "here"])
        #expect(sentences(["# Title", "Body text"]) == ["title", "body text"])
    }

    @Test("a hyphenated word broken after its hyphen is one word, however it is wrapped")
    func hyphenBreak() {
        let whole = sentences(["a non-exclusive, royalty-free license to use it."])
        #expect(sentences(["a non-", "exclusive, royalty-", "    free license to use it."]) == whole)
        #expect(sentences(["a non- exclusive, royalty- free license to use it."]) == whole)
        #expect(
            sentences(["a non-", "", "exclusive license."]) == ["a non", "exclusive license"],
            "a paragraph break ends the word")
        #expect(
            sentences(["Grant -", "Subject to it."]) == ["grant subject to it"], "a dash after a space joins nothing")
    }

    @Test("a URL broken after a separator is one word, in text and in a link")
    func urlBreak() {
        let whole = words(["available at https://ai.google.dev/gemma/terms and here."])
        #expect(words(["available at https://ai.google.dev/gemma/", "terms and here."]) == whole)
        #expect(words(["available at https://", "ai.google.dev/gemma/terms and here."]) == whole)
        #expect(
            words(["available at https://ai.google.dev/gemma/terms.", "And here."])
                == words(["available at https://ai.google.dev/gemma/terms. And here."]))
        let link = words(["see [ai.meta.com/llama/use-policy](http://ai.meta.com/llama/use-policy) for it."])
        #expect(words(["see [ai.meta.com/llama/", "use-policy](http://ai.meta.com/llama/use-policy) for it."]) == link)
        #expect(
            words(["see [ai.meta.com/llama/use-policy](http://", "ai.meta.com/llama/", "use-policy) for it."]) == link)
        #expect(
            sentences(["see [it](http://", "ai.meta.com/llama/", "use-policy) for it."])
                == sentences(["see [it](http://ai.meta.com) for it."]))
    }

    @Test("a section title reads the same with or without a Markdown heading over it")
    func sectionTitles() {
        #expect(
            sentences(["## Section IV: OTHER PROVISIONS", "7. Updates."])
                == sentences(["Section IV: OTHER PROVISIONS", "7. Updates."]))
        #expect(
            sentences(["Section IV: OTHER PROVISIONS", "7. Updates."]) == ["section iv", "other provisions", "updates"])
        #expect(
            sentences(["## Part II: Dedication to the public domain", "## 3.0 Dedication, waiver."])
                == sentences(["Part II: Dedication to the public domain", "3.0 Dedication, waiver."]))
        #expect(
            sentences(["# European Union Public Licence", "**V.** 1.1"]) == ["european union public licence", "v"],
            "V. abbreviates version")
        #expect(words(["under section 2.1 Below, Llama 3.1 Community"]).contains("2.1"), "a reference keeps its number")
    }

    @Test("quotes, © and dashes are folded")
    func folding() {
        #expect(words(["“Licensee’s” rights © Acme – 2030"]) == words(["\"Licensee's\" rights (c) Acme - 2030"]))
        #expect(words(["‘Model’"]) == ["Model"])
    }

    @Test("bullet styles are the same")
    func bullets() {
        let expected = sentences(["* first item", "* second item"])
        #expect(sentences(["- first item", "- second item"]) == expected)
        #expect(sentences(["• first item", "• second item"]) == expected)
        #expect(expected == ["first item", "second item"])
    }

    @Test("numbers, addresses and contractions stay one word")
    func joinedWords() {
        #expect(
            words(["Llama 3.1 has 700,000,000 users at ai.example.dev/x_y/terms and https://a.example/b, the entity's."]
            )
                == [
                    "Llama", "3.1", "has", "700,000,000", "users", "at", "ai.example.dev/x_y/terms", "and",
                    "https://a.example/b", "the", "entity's",
                ])
    }

    @Test("a sentence ends at . ; : ! ? and at lines without words")
    func sentenceEnds() {
        #expect(
            sentences(["One. Two; three: four! Five? Six", "", "seven", "---", "eight"]) == [
                "one", "two", "three", "four", "five", "six", "seven", "eight",
            ])
    }

    @Test("list and section numbers opening a sentence are dropped, and kept elsewhere")
    func enumerators() {
        let text = TextNormalizer().normalize([
            "1. Scope. (a) First. iii. Third. 1.1 Heading", "Under Section 2. Then (ii) again.",
        ])
        #expect(
            text.sentences.map { text.words[$0.range].map(\.text).joined(separator: " ") } == [
                "Scope", "First", "Third", "Heading Under Section 2", "Then ii again",
            ])
        #expect(text.sentences.map { $0.enumerators.map(\.text) } == [["1"], ["a"], ["iii"], ["1.1"], []])
    }

    @Test("a list without final punctuation reads the same numbered, bulleted or bare")
    func unpunctuatedList() {
        let numbered = sentences([
            "You must not use it for:", "  1. Violence or terrorism", "  2. Harm to children", "  iii. Fraud", "",
            "Report misuse to us.",
        ])
        #expect(
            numbered == [
                "you must not use it for", "violence or terrorism", "harm to children", "fraud", "report misuse to us",
            ])
        #expect(
            sentences([
                "You must not use it for:", "* Violence or terrorism", "* Harm to children", "* Fraud", "",
                "Report misuse to us.",
            ]) == numbered)
        #expect(
            sentences([
                "You must not use it for: 1. Violence or terrorism 2. Harm to children iii. Fraud Report misuse to us."
            ]).count == 4)
    }

    @Test("a number closing a sentence stays when it is a reference or a name")
    func closingNumbersKept() {
        #expect(
            sentences([
                "As said in section 2. Then more.", "Built on Llama 3. If so.",
                "You must be at least 18 years old. Then.",
            ]) == [
                "as said in section 2", "then more", "built on llama 3", "if so", "you must be at least 18 years old",
                "then",
            ])
    }

    @Test("each word remembers its line")
    func lines() {
        let text = TextNormalizer().normalize(["alpha", "", "beta gamma"])
        #expect(text.words.map(\.line) == [1, 3, 3])
        #expect(text.lineStarts == [0, 1])
    }

    @Test("the word budget bounds the text")
    func budget() {
        let text = TextNormalizer(maxWords: 5).normalize(Array(repeating: "one two three", count: 10))
        #expect(text.words.count == 5)
        #expect(text.isTruncated)
    }
}

/// Splits text the way documents are read, for tests that start from a string.
enum TextDocumentLines {
    static func split(_ text: String) -> [String] {
        BundleModel.TextDocument(path: "x", text: text).lines
    }
}
