/// The JSON of a sharded checkpoint's index: `{"metadata": {"total_size": N}, "weight_map": {tensor: shard}}`.
struct ShardIndexDocument: Decodable {
    /// `metadata.total_size`, when it is a whole number of bytes.
    var totalSize: UInt64?
    /// Tensor name to shard file name.
    var weightMap: [String: String]

    private enum CodingKeys: String, CodingKey {
        case metadata
        case weightMap = "weight_map"
    }

    private enum MetadataKeys: String, CodingKey {
        case totalSize = "total_size"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        weightMap = try container.decode([String: String].self, forKey: .weightMap)
        // Loaders read only `weight_map`; a `metadata` of an unexpected shape is ignored.
        guard let metadata = try? container.nestedContainer(keyedBy: MetadataKeys.self, forKey: .metadata) else { return }
        totalSize = Self.wholeNumber(in: metadata, forKey: .totalSize)
    }

    /// Some writers store the size as a float (`1.6e10`); a whole float counts, anything else is ignored.
    private static func wholeNumber(in container: KeyedDecodingContainer<MetadataKeys>, forKey key: MetadataKeys) -> UInt64? {
        if let exact = try? container.decodeIfPresent(UInt64.self, forKey: key) { return exact }
        guard let float = try? container.decodeIfPresent(Double.self, forKey: key),
              float >= 0, float < 0x1p64, float.rounded(.towardZero) == float else { return nil }
        return UInt64(float)
    }
}
