import Testing

@testable import Reporting

/// Whatever text a release holds renders as itself on GitHub.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("*bold* _it_ `code` [link](x) <b>", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\>"),
        ("a | b ~~c~~ $x$ &copy; #1 back\\slash", "a \\| b \\~\\~c\\~\\~ \\$x\\$ \\&copy; \\#1 back\\\\slash"),
        ("two\nlines\tand\u{1B}[31m escape", "two lines and\\\\u{1B}\\[31m escape"),
        ("see https://llama.com/llama3_1/use-policy.", "see <https://llama.com/llama3_1/use-policy>."),
        ("(https://example.com/a_b)", "(<https://example.com/a_b>)"),
    ])
    func inlineText(raw: String, rendered: String) {
        #expect(MarkdownText.inline(raw) == rendered)
    }

    @Test(arguments: [
        ("README.md", false, "`README.md`"),
        ("a`b", false, "``a`b``"),
        ("`start", false, "`` `start ``"),
        ("a|b", true, "`a\\|b`"),
        ("a|b", false, "`a|b`"),
    ])
    func codeSpans(raw: String, inTable: Bool, rendered: String) {
        #expect(MarkdownText.code(raw, inTable: inTable) == rendered)
    }

    @Test func linksKeepTheirAddressIntact() {
        #expect(
            MarkdownText.link(label: "the *text*", url: "https://example.com/a b<c>")
                == "[the \\*text\\*](<https://example.com/a%20b%3Cc%3E>)")
    }
}
