import Testing

@testable import BundleInspection

/// The one-pass reading of a shard index: what it keeps, what it skips, what it refuses.
@Suite struct ShardIndexParserTests {
    private func parse(_ json: String) throws(JSONCursor.SyntaxError) -> ShardIndexParser.Index {
        try ShardIndexParser.parse(Array(json.utf8))
    }

    @Test func keepsDistinctShardsTheTensorCountAndTheTotalSize() throws {
        let index = try parse(
            #"{"metadata": {"total_size": 1.6e10, "format": "pt"}, "weight_map": {"a": "s1", "b": "s2", "c": "s1"}}"#)
        #expect(index == ShardIndexParser.Index(shards: ["s1", "s2"], tensorCount: 3, totalSize: 16_000_000_000))
    }

    @Test func decodesEscapesInShardNames() throws {
        let index = try parse(#"{"weight_map": {"a\"b": "m\u00e9\ud83d\ude00\/x\\y", "c": "\ud800"}}"#)
        #expect(index.shards == ["mé😀/x\\y", "\u{FFFD}"])
    }

    @Test(arguments: [
        #"{"total_size": 12}"#, #"{"total_size": -1}"#, #"{"total_size": 1.5}"#, #"{"total_size": "12"}"#, #"[1, 2]"#,
        #"null"#,
    ])
    func anOddTotalSizeOrMetadataIsIgnored(metadata: String) throws {
        let index = try parse(#"{"metadata": "# + metadata + #", "weight_map": {}}"#)
        #expect(index.totalSize == (metadata == #"{"total_size": 12}"# ? 12 : nil))
    }

    @Test func skipsOtherKeysHoweverDeep() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(try parse(#"{"extra": "# + deep + #", "weight_map": {"a": "s"}}"#).shards == ["s"])
    }

    @Test(arguments: [
        ("", "not a JSON object"), ("[]", "not a JSON object"), (#"{"metadata": {}}"#, "no weight_map"),
        (#"{"weight_map": {"a": 1}}"#, "expected '\"'"), (#"{"weight_map": {"a": "s"}} x"#, "more data"),
        (#"{"weight_map": {"a": "s"}"#, "expected '}'"), (#"{"x": tru, "weight_map": {}}"#, "expected a value"),
        (#"{"x": 1., "weight_map": {}}"#, "after its point"), (#"{"weight_map": {"a": "s\q"}}"#, "invalid escape"),
        ("{\"weight_map\": {\"a\": \"s\u{01}\"}}", "control character"), (#"{"x": "abc"#, "never ends"),
    ])
    func refusesWhatIsNotAnIndex(json: String, reason: String) {
        #expect(throws: JSONCursor.SyntaxError.self) { try parse(json) }
        do {
            _ = try parse(json)
        } catch {
            #expect(error.message.contains(reason), "\(error.message)")
        }
    }
}
