import Foundation

/// Encodes documents as JSON Lines: one compact JSON object per line, keys sorted, so a batch
/// of reports can be read line by line and compared byte for byte.
public enum JSONLines {
    /// `value` as one line of JSON, without the newline.
    public static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
