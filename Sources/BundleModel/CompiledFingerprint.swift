/// A license fingerprint in the compiled layout the binary embeds: the fingerprint's own keys, with
/// its sentences as one table of `hash<TAB>words<TAB>section` lines instead of one JSON object each,
/// which decodes several times faster. The build writes it; `LicenseCatalogLoader` reads it back.
public struct CompiledFingerprint: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var name: String
    public var licenseID: String
    public var document: LicenseDocumentKind
    public var title: String?
    public var versionLine: String?
    public var source: String?
    /// One line per sentence: the hash as 16 hex digits, the word count and the section label.
    public var sentences: String

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
