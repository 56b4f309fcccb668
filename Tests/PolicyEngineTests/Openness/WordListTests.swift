import Testing

@testable import PolicyEngine

/// `WordList` compares bytes lower-cased as `String.lowercased()` makes ASCII: letters only.
@Suite struct WordListTests {
    static let words: WordList = ["eval", "a[b", "x@1", "-y"]

    @Test(arguments: [
        ("EVAL", true, true, true), ("eval_set", false, true, true), ("my_Eval", false, false, true),
        ("A[B", true, true, true), ("a{b", false, false, false), ("X@1", true, true, true),
        ("x`1", false, false, false),
        ("-Y", true, true, true), ("ev", false, false, false), ("", false, false, false), ("e-y", false, false, true),
    ])
    func comparesInLowerCase(text: String, whole: Bool, start: Bool, inside: Bool) {
        var bytes = text
        bytes.withUTF8 { text in
            #expect(Self.words.contains(lowering: text) == whole)
            #expect(Self.words.startsOne(lowering: text) == start)
            #expect(Self.words.occurs(lowering: text) == inside)
        }
    }

    @Test func lowersOnlyTheLettersAToZ() {
        for byte in UInt8(0)...UInt8(127) {
            let expected = String(decoding: [byte], as: UTF8.self).lowercased().utf8.first
            #expect(WordList.lower(byte) == expected)
        }
    }
}
