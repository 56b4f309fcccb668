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

    @Test func aWordStemIsFoundOnlyAtTheStartOfAWord() {
        #expect(TextMatching.lines(withWordStartingWith: "lora", in: ["exploration", "A LoRA adapter"]) == [2])
    }
}
