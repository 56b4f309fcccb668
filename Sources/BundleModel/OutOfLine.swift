/// Keeps a large, often absent value out of line: the enclosing value holds one pointer (none
/// when absent), so arrays of it stay small. Behaves like the optional it wraps, in code and in
/// JSON (an absent value is omitted).
@propertyWrapper
public struct OutOfLine<Wrapped: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private var storage: Storage?

    public init(wrappedValue: Wrapped?) {
        storage = wrappedValue.map(Storage.init)
    }

    public var wrappedValue: Wrapped? {
        get { storage?.value }
        set { storage = newValue.map(Storage.init) }
    }
}

extension OutOfLine: Equatable where Wrapped: Equatable {
    public static func == (lhs: OutOfLine, rhs: OutOfLine) -> Bool {
        lhs.wrappedValue == rhs.wrappedValue
    }
}

extension OutOfLine: Codable where Wrapped: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wrappedValue: container.decodeNil() ? nil : try container.decode(Wrapped.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedEncodingContainer {
    /// Omits an absent out-of-line value, as synthesized code does for a plain optional.
    public mutating func encode<Wrapped: Encodable & Sendable>(_ value: OutOfLine<Wrapped>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Reads an out-of-line value that may be missing, as synthesized code does for a plain optional.
    public func decode<Wrapped: Decodable & Sendable>(
        _ type: OutOfLine<Wrapped>.Type, forKey key: Key
    ) throws -> OutOfLine<Wrapped> {
        OutOfLine(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}
