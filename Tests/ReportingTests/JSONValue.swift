import Foundation

/// Any JSON document, for comparing reports by structure rather than by formatting.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// The value at a path of object keys and array indices (`["runs", 0, "results"]`).
    subscript(_ path: any JSONPathComponent...) -> JSONValue? {
        var current: JSONValue? = self
        for component in path {
            switch (current, component) {
            case (.object(let object)?, let key as String): current = object[key]
            case (.array(let array)?, let index as Int): current = array.indices.contains(index) ? array[index] : nil
            default: return nil
            }
        }
        return current
    }

    var array: [JSONValue] {
        if case .array(let value) = self { return value }
        return []
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// A key or an index in a `JSONValue` path.
protocol JSONPathComponent {}
extension String: JSONPathComponent {}
extension Int: JSONPathComponent {}
