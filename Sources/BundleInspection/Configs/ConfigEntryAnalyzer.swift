import ArchiveIO
import BundleModel
import Foundation

/// Reads a JSON config entry, within a size cap; an unreadable config becomes a `malformedConfig` defect.
enum ConfigEntryAnalyzer {
    /// Largest config parsed (real ones, chat templates included, stay under 2 MiB).
    static let maxBytes = 4 << 20
    /// Most JSON values parsed: each becomes a Foundation object, so the count, not the byte
    /// size, bounds the memory parsing takes.
    static let maxValues = 200_000

    static func analyze(_ entry: BundleEntry, as kind: ConfigFileKind) throws -> EntryAnalysis {
        analyze(try entry.content.read(maxBytes + 1), path: entry.path, as: kind)
    }

    /// Reads the first bytes of the config at `path`: up to `maxBytes`, and one more if it is longer.
    static func analyze(_ bytes: [UInt8], path: String, as kind: ConfigFileKind) -> EntryAnalysis {
        var analysis = EntryAnalysis()
        func refuse(_ message: String, line: Int? = nil) {
            analysis.defects.append(Defect(kind: .malformedConfig, path: path, message: message, line: line))
        }
        guard bytes.count <= maxBytes else {
            refuse("the config is larger than \(maxBytes >> 20) MiB; it was not read")
            return analysis
        }
        guard !JSONValueCount.exceeds(maxValues, in: bytes) else {
            refuse("the config holds more than \(maxValues) JSON values; it was not read")
            return analysis
        }
        let parsed: Any
        do {
            parsed = try bytes.withDataView { try JSONSerialization.jsonObject(with: $0) }
        } catch {
            refuse("the config is not valid JSON\(detail(of: error))")
            return analysis
        }
        if let comma = JSONTrailingComma.offset(in: bytes) {
            refuse(
                "the config is not valid JSON: a trailing comma, which Python's json module rejects",
                line: JSONTrailingComma.line(ofOffset: comma, in: bytes))
            return analysis
        }
        guard let values = parsed as? [String: Any] else {
            refuse("the config is not a JSON object")
            return analysis
        }
        ConfigReader.read(JSONConfigObject(values: values), bytes: bytes, as: kind, into: &analysis.metadata)
        return analysis
    }

    /// The parser's own explanation, when it gives one, kept short.
    private static func detail(of error: any Error) -> String {
        guard let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !description.isEmpty
        else { return "" }
        return ": " + String(description.prefix(200))
    }
}
