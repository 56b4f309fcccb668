/// What clearance knows of one canonical license document: enough to recognise copies of it,
/// and to say where a copy departs from it, without holding its text.
///
/// A fingerprint keeps short phrases only (the title and the version or date line); the body
/// is kept as the ordered hashes of its normalised sentences. Fingerprints are derived from the
/// reference texts by `clearance policies fingerprint` and committed under
/// `policies/fingerprints/`.
public struct LicenseFingerprint: Codable, Sendable, Equatable {
    /// The layout of the JSON this type reads and writes.
    public static let currentSchemaVersion = 1

    /// The layout version of the file this fingerprint came from.
    public var schemaVersion: Int
    /// Unique within a catalog, e.g. `gemma-2025.agreement`; the file is named after it.
    public var name: String
    /// The license id reports use (docs/report.md).
    public var licenseID: String
    /// Which document of the license this is.
    public var document: LicenseDocumentKind
    /// The title line, as printed at the top of the canonical text (Markdown removed).
    public var title: String?
    /// The version or date line (`Llama 3.1 Version Release Date: July 23, 2024`).
    public var versionLine: String?
    /// Where the canonical text was taken from, for audits.
    public var source: String?
    /// The canonical text's sentences, in order.
    public var sentences: [FingerprintSentence]

    /// Creates a fingerprint in the current layout.
    public init(
        name: String, licenseID: String, document: LicenseDocumentKind, title: String?, versionLine: String?,
        source: String?, sentences: [FingerprintSentence]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.name = name
        self.licenseID = licenseID
        self.document = document
        self.title = title
        self.versionLine = versionLine
        self.source = source
        self.sentences = sentences
    }

    /// The number of words of the canonical text.
    public var totalWords: Int {
        sentences.reduce(0) { $0 + $1.words }
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, name, licenseID, document, title, versionLine, source, sentences
    }

    /// Decodes a fingerprint, rejecting keys it does not know.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.reject(unknownKeysIn: decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        name = try container.decode(String.self, forKey: .name)
        licenseID = try container.decode(String.self, forKey: .licenseID)
        document = try container.decode(LicenseDocumentKind.self, forKey: .document)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        versionLine = try container.decodeIfPresent(String.self, forKey: .versionLine)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        sentences = try container.decode([FingerprintSentence].self, forKey: .sentences)
    }
}
