import Testing

@testable import BundleInspection

/// The structure scans that run before a config is parsed skip what is inside strings.
@Suite struct JSONStructureScanTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aTrailingCommaIsFoundOutsideStringsOnly() {
        #expect(JSONTrailingComma.offset(in: bytes(#"{"a": [1, 2,], "b": 3}"#)) == 11)
        #expect(JSONTrailingComma.offset(in: bytes(#"{"a": "x,]", "b": "\",}"}"#)) == nil)
    }

    @Test func valuesAreCountedOutsideStringsOnly() {
        #expect(JSONValueCount.exceeds(3, in: bytes(#"{"a": [1, 2]}"#)))
        #expect(!JSONValueCount.exceeds(3, in: bytes(#"{"a": "[1,\"2,3:{"}"#)))
    }
}
