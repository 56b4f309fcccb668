/// Makes decoding of data files strict: a key the type does not know is an error, so a typo in
/// a committed file is reported instead of silently ignored.
enum StrictKeys {
    /// Throws `DecodingError.dataCorrupted` naming the first key of the object not in `allowed`.
    static func reject(unknownKeysIn decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: NameKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unknown key \"\(first)\""))
        }
    }
}
