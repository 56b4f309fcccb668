import BundleInspection
import BundleModel
import Foundation

/// `clearance policies fingerprint`: the data `policies/fingerprints/` is made of.
extension Clearance {
    /// Largest text fingerprinted; every reference text is far smaller.
    public static let maxFingerprintTextBytes = 1 << 20

    /// The fingerprint (sentence hashes, title and version line) of the canonical license text in
    /// `file`, from `firstLine` to `lastLine` (1-based, inclusive; the whole file by default).
    ///
    /// - Parameter name: the fingerprint's unique name; by default `<licenseID>.<document>`.
    /// - Throws: `LicenseDataError` when the file cannot be read, is larger than
    ///   `maxFingerprintTextBytes`, or holds no words in those lines.
    public static func fingerprint(
        ofFile file: String, firstLine: Int? = nil, lastLine: Int? = nil, licenseID: String,
        document: LicenseDocumentKind, name: String? = nil, source: String? = nil
    ) throws -> LicenseFingerprint {
        let bytes = try CappedFile.read(file, limit: maxFingerprintTextBytes)
        let lines = TextDocument(path: file, text: String(decoding: bytes, as: UTF8.self)).lines
        let first = (firstLine ?? 1) - 1
        let selected = Array(lines[min(first, lines.count)..<min(lastLine ?? lines.count, lines.count)])
        guard
            let fingerprint = FingerprintBuilder.fingerprint(
                of: selected, name: name ?? "\(licenseID).\(document.rawValue)", licenseID: licenseID,
                document: document, source: source)
        else { throw LicenseDataError.emptyText(path: file) }
        return fingerprint
    }

    /// Writes `fingerprint` as JSON to `path`, replacing what is there.
    ///
    /// - Throws: `LicenseDataError.unwritable` when the file cannot be written.
    public static func write(_ fingerprint: LicenseFingerprint, toFile path: String) throws {
        let text = try json(fingerprint)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw LicenseDataError.unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
