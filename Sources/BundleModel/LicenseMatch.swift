/// A license document recognised in a text file, with how faithful the copy is.
public struct LicenseMatch: Codable, Sendable, Equatable {
    /// The license id reports use (docs/report.md), or nil when the text is not one clearance knows.
    public var licenseID: String?
    /// Which document of the license this is: the agreement, its use policy, …
    public var document: LicenseDocumentKind
    /// 0…1: the share of the canonical text found in this copy.
    public var similarity: Double
    /// Whether the copy is the canonical text.
    public var status: LicenseTextStatus
    /// The lines of the file this document spans (1-based, inclusive).
    public var startLine: Int
    public var endLine: Int
    /// The title line found, and its line.
    public var title: TextLine?
    /// The version or date line found, and its line.
    public var versionLine: TextLine?
    /// Where an altered copy differs from the canonical text.
    public var differences: [TextDifference]
    /// The name of the catalog fingerprint the copy was compared with (`gemma-2025.agreement`),
    /// which tells versions that share a license id apart; nil when unknown.
    public var fingerprint: String?

    public init(
        licenseID: String?, document: LicenseDocumentKind, similarity: Double, status: LicenseTextStatus,
        startLine: Int, endLine: Int, title: TextLine? = nil, versionLine: TextLine? = nil,
        differences: [TextDifference] = [], fingerprint: String? = nil
    ) {
        self.licenseID = licenseID
        self.document = document
        self.similarity = similarity
        self.status = status
        self.startLine = startLine
        self.endLine = endLine
        self.title = title
        self.versionLine = versionLine
        self.differences = differences
        self.fingerprint = fingerprint
    }
}

/// The documents a license family publishes.
public enum LicenseDocumentKind: String, Codable, Sendable {
    case agreement
    case usePolicy = "use-policy"
}

/// Whether a license copy is faithful.
public enum LicenseTextStatus: String, Codable, Sendable {
    /// Identical to the canonical text after normalisation.
    case canonical
    /// Recognisably this license, with paragraphs changed, missing or added.
    case altered
    /// Not recognised.
    case unknown
}

/// One line of a text file.
public struct TextLine: Codable, Sendable, Hashable {
    /// 1-based.
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// One place where a license copy departs from the canonical text.
public struct TextDifference: Codable, Sendable, Equatable {
    /// What kind of departure.
    public var kind: TextDifferenceKind
    /// The section of the canonical text (`1.b.iii`, `Attachment A`), when known.
    public var section: String?
    /// The line in the copy: of the changed or added text, or for missing text the line where
    /// the copy resumes after it (nil when it is missing at the end of the copy).
    public var line: Int?
    /// The last line of the changed or added text in the copy, when it runs over several lines.
    public var endLine: Int?
    /// A short excerpt of the canonical or the changed text.
    public var excerpt: String

    public init(kind: TextDifferenceKind, section: String?, line: Int?, endLine: Int? = nil, excerpt: String) {
        self.kind = kind
        self.section = section
        self.line = line
        self.endLine = endLine
        self.excerpt = excerpt
    }
}

/// How a paragraph of a copy relates to the canonical one.
public enum TextDifferenceKind: String, Codable, Sendable {
    case changed
    case missing
    case added
}

/// A required notice line found (exactly or nearly) in a Notice file.
public struct NoticeLineMatch: Codable, Sendable, Equatable {
    /// The license whose notice line this is.
    public var licenseID: String
    /// Where it is.
    public var line: Int
    /// The text as found.
    public var text: String
    /// True when it matches the required string exactly (after whitespace and quote normalisation).
    public var isExact: Bool
    /// The required notice it is, or nearly is, when a license requires several (two lines, or
    /// one per text of the license).
    public var notice: String?

    public init(licenseID: String, line: Int, text: String, isExact: Bool, notice: String? = nil) {
        self.licenseID = licenseID
        self.line = line
        self.text = text
        self.isExact = isExact
        self.notice = notice
    }
}
