import Testing

@testable import BundleInspection

/// How a line of a license reads once its Markdown is removed.
@Suite struct LineMarkupTests {
    @Test(arguments: [
        ("## __Gemma__ Terms of *Use*", "Gemma Terms of Use"),
        ("Terms of `code` use", "Terms of code use"),
        ("a_b and ___c", "a_b and _c"),
        ("____", ""),
    ])
    func displayTextDropsEmphasisMarks(line: String, text: String) {
        #expect(LineMarkup.displayText(line) == text)
    }

    /// Found by the license-text fuzz target: each underscore of a run took away one more
    /// character, those before the run included, until it trapped on an empty line.
    @Test func aRunOfUnderscoresTakesNothingBeforeIt() {
        #expect(
            LineMarkup.displayText("Gemma ide" + String(repeating: "_", count: 33) + "d under[the Gemma Terms of Use.")
                == "Gemma ide_d under[the Gemma Terms of Use.")
        #expect(LineMarkup.displayText(String(repeating: "_", count: 41)) == "_")
    }
}
