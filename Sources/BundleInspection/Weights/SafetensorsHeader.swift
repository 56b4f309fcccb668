import BundleModel

/// The JSON header of a safetensors file, decoded but not yet checked against the file.
struct SafetensorsHeader: Decodable {
    /// One tensor entry: its dtype, shape and byte range within the data section.
    struct Tensor: Equatable {
        var name: String
        var dtype: String
        var shape: [UInt64]
        var begin: UInt64
        var end: UInt64
    }

    /// The tensors, in no particular order.
    var tensors: [Tensor]
    /// The `__metadata__` map; the format allows only strings as values.
    var metadata: [String: String]

    static let metadataKey = "__metadata__"

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NameKey.self)
        var tensors: [Tensor] = []
        var metadata: [String: String] = [:]
        for key in container.allKeys {
            if key.stringValue == Self.metadataKey {
                metadata = try container.decodeIfPresent([String: String].self, forKey: key) ?? [:]
            } else {
                let entry = try container.decode(Entry.self, forKey: key)
                tensors.append(
                    Tensor(
                        name: key.stringValue, dtype: entry.dtype, shape: entry.shape, begin: entry.begin,
                        end: entry.end))
            }
        }
        self.tensors = tensors
        self.metadata = metadata
    }

    /// A tensor entry as written: `{"dtype": …, "shape": […], "data_offsets": [begin, end]}`.
    private struct Entry: Decodable {
        var dtype: String
        var shape: [UInt64]
        var begin: UInt64
        var end: UInt64

        private enum CodingKeys: String, CodingKey {
            case dtype
            case shape
            case dataOffsets = "data_offsets"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            dtype = try container.decode(String.self, forKey: .dtype)
            shape = try container.decode([UInt64].self, forKey: .shape)
            let offsets = try container.decode([UInt64].self, forKey: .dataOffsets)
            guard offsets.count == 2 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .dataOffsets, in: container,
                    debugDescription: "data_offsets must hold exactly two numbers, not \(offsets.count)")
            }
            begin = offsets[0]
            end = offsets[1]
        }
    }
}
