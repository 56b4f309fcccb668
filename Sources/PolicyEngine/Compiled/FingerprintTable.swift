import BundleModel
import Foundation

/// Writes a license fingerprint in the compiled layout the binary embeds: the fingerprint's own
/// keys, with its sentences as one table of `hash<TAB>words<TAB>section` lines instead of one
/// JSON object each, which decodes several times faster. `LicenseCatalogLoader` reads it back.
enum FingerprintTable {
    /// The compiled form of a fingerprint file's JSON.
    ///
    /// - Throws: `PolicyError.invalidValue` when the file is not a fingerprint of the current
    ///   layout, with a name, a license id and sentences.
    static func compile(_ text: String, file: String) throws(PolicyError) -> String {
        let fingerprint: LicenseFingerprint
        do {
            fingerprint = try JSONDecoder().decode(LicenseFingerprint.self, from: Data(text.utf8))
        } catch {
            throw .invalidValue(file: file, line: nil, reason: "not a license fingerprint: \(error)")
        }
        guard fingerprint.schemaVersion == LicenseFingerprint.currentSchemaVersion else {
            throw .invalidValue(file: file, line: nil, reason: "unsupported schema version \(fingerprint.schemaVersion)")
        }
        guard !fingerprint.sentences.isEmpty, !fingerprint.name.isEmpty, !fingerprint.licenseID.isEmpty else {
            throw .invalidValue(file: file, line: nil, reason: "a fingerprint needs a name, a license id and sentences")
        }
        var rows: [String] = []
        for sentence in fingerprint.sentences {
            let section = sentence.section ?? ""
            guard !section.contains(where: { $0 == "\t" || $0.isNewline }) else {
                throw .invalidValue(file: file, line: nil, reason: "a section label holds a tab or a line break")
            }
            rows.append("\(hex(sentence.hash))\t\(sentence.words)\t\(section)")
        }
        let table = Table(schemaVersion: fingerprint.schemaVersion, name: fingerprint.name, licenseID: fingerprint.licenseID,
                          document: fingerprint.document, title: fingerprint.title, versionLine: fingerprint.versionLine,
                          source: fingerprint.source, sentences: rows.joined(separator: "\n"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(table) else {
            throw .invalidValue(file: file, line: nil, reason: "cannot be compiled")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The compiled layout's keys.
    private struct Table: Encodable {
        var schemaVersion: Int
        var name: String
        var licenseID: String
        var document: LicenseDocumentKind
        var title: String?
        var versionLine: String?
        var source: String?
        var sentences: String
    }
}
