import BundleModel
import Testing

@testable import PolicyEngine

/// `TextMatching`, the tolerant comparison of statements and titles, folds typography through
/// the same `CharacterFolding` as license identification.
@Suite struct TextMatchingTests {
    @Test(arguments: [
        "“Built with Llama”",
        "**Built  with\u{00A0}Llama**",
        "‘Built with Llama’",
        "Built\u{2009}with Llama",
    ])
    func typographicVariantsCompareEqual(_ variant: String) {
        #expect(TextMatching.normalise(variant) == "built with llama")
    }

    @Test func copyrightSignsDashesAndEllipsesFoldToTheirPlainSpellings() {
        #expect(
            TextMatching.normalise("Copyright © 2024 Acme – Labs…")
                == TextMatching.normalise("Copyright (c) 2024 Acme - Labs..."))
    }

    @Test(
        "ASCII text, normalised byte by byte, reads as any other text does",
        arguments: [
            "  **Built with** `Llama`  ", "\"Built\twith\r\nLLAMA 3.1\"", "> # _Heading_ \\*", "'quoted'", "  ", "",
        ])
    func asciiNormalisesAsAnyText(_ text: String) {
        // A zero-width space is removed by folding, and sends the text through the general path.
        #expect(TextMatching.normalise(text) == TextMatching.normalise(text + "\u{200B}"))
    }

    @Test("a document is normalised once per form: whole, and with its front matter blanked")
    func normalisedDocuments() {
        let whole = TextDocument(path: "README.md", lines: ["---", "license: mit", "---", "Built with *Llama*"])
        var body = whole
        body.lines = ["", "", "", "Built with *Llama*"]
        let cache = NormalisedDocuments()
        #expect(cache.lines(of: body) == ["", "", "", "built with llama"])
        #expect(cache.lines(of: whole) == ["---", "license: mit", "---", "built with llama"])
        #expect(cache.lines(of: body) == ["", "", "", "built with llama"])
        var other = whole
        other.lines[3] = "Made with Llama"
        #expect(cache.lines(of: other) == ["---", "license: mit", "---", "made with llama"])
    }

    @Test func aWordStemIsFoundOnlyAtTheStartOfAWord() {
        let lines = ["exploration", "A LoRA adapter"].map(TextMatching.normalise)
        #expect(TextMatching.lines(withWordStartingWith: "lora", inNormalised: lines) == [2])
    }
}
