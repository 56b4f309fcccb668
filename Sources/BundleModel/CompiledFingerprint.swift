/// A license fingerprint in the compiled layout the binary embeds: one line of JSON with the
/// fingerprint's own keys, then its sentences as a table of `hash<TAB>words<TAB>section` lines
/// instead of one JSON object each. The table stays outside the JSON: the built-in catalog holds
/// thousands of rows, read at every start, and inside a JSON string each tab and line break would
/// be an escape the decoder undoes byte by byte. The build writes it; `LicenseCatalogLoader` reads
/// it back.
public struct CompiledFingerprint: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var name: String
    public var licenseID: String
    public var document: LicenseDocumentKind
    public var title: String?
    public var versionLine: String?
    public var source: String?
    /// One line per sentence: the hash as 16 hex digits, the word count and the section label;
    /// the lines after the JSON, not a key of it.
    public var sentences = ""

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, name, licenseID, document, title, versionLine, source
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
