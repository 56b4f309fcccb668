/// A value of a config key kept for lineage fingerprints: a number, a string, a bool, or a list of
/// them (`block_out_channels: [320, 640, 1280]`). Written in JSON as the plain value.
public enum ConfigScalar: Codable, Sendable, Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([ConfigScalar])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .list(try container.decode([ConfigScalar].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }

    /// The number, when this is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// How the value reads in a message: integers without a fraction, lists in brackets.
    public var text: String {
        switch self {
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .string(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return "[" + values.map(\.text).joined(separator: ", ") + "]"
        }
    }
}
