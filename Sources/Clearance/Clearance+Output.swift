import BundleInspection
import BundleModel
import Reporting

/// What the command writes besides reports: JSON documents and license fingerprints.
extension Clearance {
    /// Writes `frame` as JSON with `artifacts` as its `artifacts` array, piece by piece, so that a
    /// listing of 100,000 artifacts never exists as one string.
    public static func writeJSON(
        _ frame: some Encodable, artifacts: [Artifact], to sink: (String) throws -> Void
    ) throws {
        try JSONOutput.write(frame, artifacts: artifacts, to: sink)
    }

    /// `value` as JSON, keys sorted, as clearance writes every JSON document.
    public static func json(_ value: some Encodable) throws -> String {
        try JSONOutput.string(value)
    }

    /// The fingerprint of a license text's lines, or nil when they hold no words.
    public static func fingerprint(
        of lines: [String], name: String, licenseID: String, document: LicenseDocumentKind,
        source: String?
    ) -> LicenseFingerprint? {
        FingerprintBuilder.fingerprint(of: lines, name: name, licenseID: licenseID, document: document, source: source)
    }
}
