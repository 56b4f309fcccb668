import Foundation

/// The top-level object of a JSON config, with lenient typed accessors: a key of the wrong type
/// reads as absent.
struct JSONConfigObject {
    /// Longest list read from one key.
    static let maxListItems = 64

    let values: [String: Any]

    /// A non-empty string.
    func string(_ key: String) -> String? {
        guard let text = values[key] as? String, !text.isEmpty else { return nil }
        return text
    }

    /// The strings of an array, or a lone string as a one-item list.
    func strings(_ key: String) -> [String] {
        if let text = string(key) { return [text] }
        guard let items = values[key] as? [Any] else { return [] }
        return items.prefix(Self.maxListItems).compactMap { $0 as? String }
    }

    /// A nested object.
    func object(_ key: String) -> JSONConfigObject? {
        (values[key] as? [String: Any]).map(JSONConfigObject.init)
    }

    /// The key is present with a value other than null, an empty string or an empty list.
    func hasValue(_ key: String) -> Bool {
        switch values[key] {
        case nil, is NSNull: false
        case let text as String: !text.isEmpty
        case let items as [Any]: !items.isEmpty
        default: true
        }
    }
}
