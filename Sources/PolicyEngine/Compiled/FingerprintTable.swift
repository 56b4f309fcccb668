import BundleModel
import Foundation

/// Checks a fingerprint file for the binary to embed as values (`PolicyDataFile.compiledFingerprint`).
enum FingerprintTable {
    /// The fingerprint a fingerprint file's JSON holds.
    ///
    /// - Throws: `PolicyError.invalidValue` when the file is not a fingerprint of the current
    ///   layout, with a name, a license id and sentences.
    static func compile(_ text: String, file: String) throws(PolicyError) -> LicenseFingerprint {
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
        return fingerprint
    }
}
