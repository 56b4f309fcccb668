import BundleModel
import Foundation

/// Checks a fingerprint file and writes it in the compiled layout the binary embeds
/// (`CompiledFingerprint`).
enum FingerprintTable {
    /// The compiled form of a fingerprint file's JSON.
    ///
    /// - Throws: `PolicyError.invalidValue` when the file is not a fingerprint of the current
    ///   layout, with a name, a license id and sentences.
    static func compile(_ text: String, file: String) throws(PolicyError) -> CompiledFingerprint {
        let fingerprint: LicenseFingerprint
        do {
            fingerprint = try JSONDecoder().decode(LicenseFingerprint.self, from: Data(text.utf8))
        } catch {
            throw .invalidValue(file: file, line: nil, reason: "not a license fingerprint: \(error)")
        }
        guard fingerprint.schemaVersion == LicenseFingerprint.currentSchemaVersion else {
            throw .invalidValue(
                file: file, line: nil, reason: "unsupported schema version \(fingerprint.schemaVersion)")
        }
        guard !fingerprint.sentences.isEmpty, !fingerprint.name.isEmpty, !fingerprint.licenseID.isEmpty else {
            throw .invalidValue(file: file, line: nil, reason: "a fingerprint needs a name, a license id and sentences")
        }
        let sections = fingerprint.sentences.compactMap(\.section)
        guard !sections.contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) else {
            throw .invalidValue(file: file, line: nil, reason: "a section label holds a tab or a line break")
        }
        return CompiledFingerprint(fingerprint)
    }
}
