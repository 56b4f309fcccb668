/// Unix permission bits, written in JSON as an octal string (`"0644"`).
public struct FileMode: Codable, Sendable, Hashable, CustomStringConvertible {
    public var bits: UInt32

    public init(_ bits: UInt32) {
        self.bits = bits
    }

    public var description: String {
        let octal = String(bits, radix: 8)
        return String(repeating: "0", count: max(0, 4 - octal.count)) + octal
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let bits = UInt32(text, radix: 8) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an octal mode: \(text)"))
        }
        self.bits = bits
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
