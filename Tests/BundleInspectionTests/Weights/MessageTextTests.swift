import Testing

@testable import BundleInspection

/// Names from hostile files reach defect messages short, quoted and on one line.
@Suite struct MessageTextTests {
    @Test func quotesAndReplacesControlCharacters() {
        #expect(MessageText.quoted("model.norm.weight") == "'model.norm.weight'")
        #expect(MessageText.quoted("a\nb\u{0}c") == "'a?b?c'")
    }

    @Test func cutsLongNames() {
        let quoted = MessageText.quoted(String(repeating: "é", count: 10_000))
        #expect(quoted == "'" + String(repeating: "é", count: MessageText.maxNameLength) + "…'")
    }
}
