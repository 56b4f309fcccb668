import Testing
import YAMLSafety

/// The lexical pass counts aliases where libyaml reads them, and only there.
@Suite struct YAMLGuardTests {
    private func aliasLines(_ count: Int, _ make: (Int) -> String) -> [String] {
        ["a: &a x"] + (0..<count).map(make)
    }

    @Test func aliasesInValuesSequencesAndFlowsAreCounted() {
        #expect(YAMLGuard.check(aliasLines(11) { "k\($0): *a" })?.reason == "more than 10 aliases")
        #expect(YAMLGuard.check(["k:"] + aliasLines(11) { _ in "- *a" }) != nil)
        #expect(YAMLGuard.check(["k: [" + Array(repeating: "*a", count: 11).joined(separator: ",") + "]"]) != nil)
        #expect(YAMLGuard.check(aliasLines(11) { _ in "? *a" }) != nil)
    }

    @Test func starsInQuotesCommentsAndBlockScalarsAreText() {
        let stars = Array(repeating: "*x", count: 20).joined(separator: " ")
        let lines = [
            "single: '\(stars) it''s'", "double: \"\(stars) \\\" still\"", "# \(stars)", "key: value # \(stars)",
            "literal: |", "  \(stars)", "", "  \(stars)", "folded: >-", "    \(stars)", "multi: 'line one",
            "  \(stars)'",
            "plain: rock 'n roll",
        ]
        #expect(YAMLGuard.check(lines) == nil)
    }

    @Test func blockScalarEndsWhereLibyamlEndsIt() {
        let stars = Array(repeating: "*a", count: 11).map { "- \($0)" }
        #expect(YAMLGuard.check(["k: |", "  text", "list:"] + stars)?.lineIndex == 13)
        #expect(YAMLGuard.check(["- k: |", "  - *a"] + Array(repeating: "  - *a", count: 10)) != nil)
    }

    @Test func unicodeLineBreaksEndABlockScalar() {
        let hidden = Array(repeating: "\u{2028}? *a\u{2028}: x", count: 11).joined()
        #expect(YAMLGuard.check(["a: &a [x]", "k: |", "  text" + hidden]) != nil)
    }

    @Test func apostropheInsidePlainTextDoesNotHideTheNextLine() {
        #expect(YAMLGuard.check(["a: rock 'n roll"] + (0..<11).map { "k\($0): *a" }) != nil)
    }

    @Test func nestingIsMeasured() {
        #expect(YAMLGuard.check(["k: " + String(repeating: "[", count: 65)])?.reason == "nesting deeper than 64 levels")
        #expect(YAMLGuard.check(["k: " + String(repeating: "- ", count: 70) + "x"]) == nil)
        #expect(YAMLGuard.check([String(repeating: "- ", count: 70) + "x"]) != nil)
        #expect(YAMLGuard.check(["k: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30)]) == nil)
    }

    @Test func wholeTextIsSplitLikeATextDocument() {
        let lines = ["a: &a x", "b: 1"] + (0..<3).map { "k\($0): *a" }
        for separator in ["\n", "\r\n", "\r"] {
            let violation = YAMLGuard.check(text: lines.joined(separator: separator) + separator, maxAliases: 2)
            #expect(violation?.problem == .tooManyAliases(limit: 2), "\(separator.debugDescription)")
            #expect(violation?.lineIndex == 4, "\(separator.debugDescription)")
        }
        #expect(YAMLGuard.check(text: "a: &a x\nk: |\n  text\u{85}? *a\u{85}: x", maxAliases: 0) != nil)
        #expect(
            YAMLGuard.check(text: "k: [" + String(repeating: "[", count: 64) + "\n", maxAliases: 0)?.problem
                == .tooDeep(limit: 64))
        #expect(YAMLGuard.check(text: "", maxAliases: 0) == nil)
    }
}
