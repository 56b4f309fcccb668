/// A license fingerprint in the compiled layout the binary embeds: the fingerprint's own keys as
/// values the build writes into the binary's source (no decoding at start-up), and its sentences as
/// one table of `hash<TAB>words<TAB>section` lines instead of one object each: the built-in catalog
/// holds thousands of rows, read at every start. The build writes it; `LicenseCatalogLoader` reads
/// the table back. Encoded as JSON (the cache key of the built-in policies), the table is left out.
public struct CompiledFingerprint: Encodable, Sendable, Equatable {
    public var schemaVersion: Int
    public var name: String
    public var licenseID: String
    public var document: LicenseDocumentKind
    public var title: String?
    public var versionLine: String?
    public var source: String?
    /// One line per sentence: the hash as 16 hex digits, the word count and the section label;
    /// not a key of the JSON.
    public var sentences: String

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, name, licenseID, document, title, versionLine, source
    }

    /// Collects compiled parts; called by the generated source.
    public init(
        schemaVersion: Int, name: String, licenseID: String, document: LicenseDocumentKind, title: String?,
        versionLine: String?, source: String?, sentences: String
    ) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.licenseID = licenseID
        self.document = document
        self.title = title
        self.versionLine = versionLine
        self.source = source
        self.sentences = sentences
    }

    /// The compiled form of a fingerprint. Section labels must hold no tab or line break.
    public init(_ fingerprint: LicenseFingerprint) {
        schemaVersion = fingerprint.schemaVersion
        name = fingerprint.name
        licenseID = fingerprint.licenseID
        document = fingerprint.document
        title = fingerprint.title
        versionLine = fingerprint.versionLine
        source = fingerprint.source
        sentences = fingerprint.sentences.map { sentence in
            let digits = String(sentence.hash, radix: 16)
            let hash = String(repeating: "0", count: 16 - digits.count) + digits
            return "\(hash)\t\(sentence.words)\t\(sentence.section ?? "")"
        }.joined(separator: "\n")
    }
}
