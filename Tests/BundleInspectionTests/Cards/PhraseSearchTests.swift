import BundleModel
import Testing

/// `TextDocument.lineNumbers(containing:from:)`, the phrase search rules use.
@Suite struct PhraseSearchTests {
    private let document = TextDocument(path: "README.md", text: """
    ---
    license: llama3.1
    ---
    # Acme

    This model is **Built with Llama**.
    It is also [built   with
    llama](https://llama.com) in a wrapped link.

    Built with

    Llama is split by a blank line.
    > ## “Built with Llama”
    <p>Built <b>with</b> Llama</p>
    Section 1\\. Definitions
    """)

    @Test func findsThePhraseDespiteMarkupCaseAndWrapping() {
        #expect(document.lineNumbers(containing: "built with llama") == [6, 7, 13, 14])
    }

    @Test func searchesFromAGivenLine() {
        #expect(document.lineNumbers(containing: "Built with Llama", from: 8) == [13, 14])
        #expect(document.lineNumbers(containing: "llama3.1") == [2])
        #expect(document.lineNumbers(containing: "llama3.1", from: 4).isEmpty)
    }

    @Test func escapesAndQuotesAreNormalised() {
        #expect(document.lineNumbers(containing: "1. Definitions") == [15])
        #expect(document.lineNumbers(containing: "\"Built with Llama\"") == [13])
    }

    @Test func emptyOrMissingPhrasesFindNothing() {
        #expect(document.lineNumbers(containing: "  ").isEmpty)
        #expect(document.lineNumbers(containing: "Improved using Qwen").isEmpty)
        #expect(document.lineNumbers(containing: "acme", from: 99).isEmpty)
    }
}
