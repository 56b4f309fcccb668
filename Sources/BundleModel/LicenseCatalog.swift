/// The license knowledge identification runs on: the fingerprints of the canonical texts and
/// the notice lines the licenses require.
public struct LicenseCatalog: Codable, Sendable, Equatable {
    /// Canonical documents, in the order ties are broken (first wins).
    public var fingerprints: [LicenseFingerprint]
    /// Required notice lines.
    public var notices: [RequiredNotice]

    /// Creates a catalog.
    public init(fingerprints: [LicenseFingerprint] = [], notices: [RequiredNotice] = []) {
        self.fingerprints = fingerprints
        self.notices = notices
    }

    /// A catalog that knows nothing: identification and notice search are skipped.
    public static let empty = LicenseCatalog()

    /// Whether the catalog has neither fingerprints nor notices.
    public var isEmpty: Bool { fingerprints.isEmpty && notices.isEmpty }
}
