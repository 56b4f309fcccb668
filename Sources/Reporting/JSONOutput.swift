import Foundation

/// Encodes reports as stable, human-diffable JSON: sorted keys, two-space indentation.
public enum JSONOutput {
    /// The JSON text of `value`, ending with a newline.
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
