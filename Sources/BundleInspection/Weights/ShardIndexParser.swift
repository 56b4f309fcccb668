/// Reads what clearance needs from a shard index — the shard files `weight_map` names and
/// `metadata.total_size` — in one pass over its JSON, keeping only the distinct shard names.
///
/// A 91,000-tensor model's index is 9 MB of JSON; decoding it into a dictionary took ten times
/// that. Loaders read only `weight_map`, so a `metadata` of an unexpected shape is ignored.
enum ShardIndexParser {
    /// The parts of an index that are kept.
    struct Index: Equatable {
        var shards: Set<String> = []
        var tensorCount = 0
        var totalSize: UInt64?
    }

    static func parse(_ bytes: [UInt8]) throws(JSONCursor.SyntaxError) -> Index {
        var cursor = JSONCursor(bytes)
        var index = Index()
        var sawWeightMap = false
        guard cursor.peek() == UInt8(ascii: "{") else { throw cursor.failure("the document is not a JSON object") }
        try cursor.members { cursor, name throws(JSONCursor.SyntaxError) in
            switch name {
            case "weight_map":
                sawWeightMap = true
                index.shards = []
                index.tensorCount = 0
                // Tensors of one shard come together: a name like the previous one is not decoded again.
                var previous: ArraySlice<UInt8> = []
                try cursor.members(decodingNames: false) { cursor, _ throws(JSONCursor.SyntaxError) in
                    index.tensorCount += 1
                    guard let raw = try cursor.plainStringBytes() else {
                        index.shards.insert(try cursor.string())
                        previous = []
                        return
                    }
                    guard raw.isEmpty || raw != previous else { return }
                    index.shards.insert(String(decoding: raw, as: UTF8.self))
                    previous = raw
                }
            case "metadata" where cursor.peek() == UInt8(ascii: "{"):
                try cursor.members { cursor, key throws(JSONCursor.SyntaxError) in
                    if key == "total_size", let first = cursor.peek(),
                        first == UInt8(ascii: "-") || (0x30...0x39).contains(first)
                    {
                        index.totalSize = wholeNumber(try cursor.number())
                    } else {
                        try cursor.skipValue()
                    }
                }
            default:
                try cursor.skipValue()
            }
        }
        guard cursor.isAtEnd() else { throw cursor.failure("more data after the JSON object") }
        guard sawWeightMap else { throw JSONCursor.SyntaxError(message: "it has no weight_map") }
        return index
    }

    /// Some writers store the size as a float (`1.6e10`); a whole float counts, anything else is ignored.
    private static func wholeNumber(_ text: Substring) -> UInt64? {
        if let exact = UInt64(text) { return exact }
        guard let float = Double(text), float >= 0, float < 0x1p64, float.rounded(.towardZero) == float else {
            return nil
        }
        return UInt64(float)
    }
}
