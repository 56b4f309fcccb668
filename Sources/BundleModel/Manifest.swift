/// Everything the inspector learned about a bundle: the subject, its artifacts, the defects
/// found while reading, and the text of the documents rules search.
public struct Manifest: Sendable {
    /// The bundle as a whole.
    public var subject: Subject
    /// The single top-level folder that was taken as the root, if there was one.
    public var root: String?
    /// Every file, link and nested entry, sorted by path.
    public var artifacts: [Artifact] {
        didSet { artifactIndex = nil }
    }
    /// Where the few artifacts whole-bundle passes look at are in `artifacts`: made by
    /// `deriveRelease()`, so a check indexes a release once, and dropped when they change.
    public private(set) var artifactIndex: ArtifactIndex?
    /// Defects, sorted by path then kind.
    public var defects: [Defect]
    /// Text files kept for rules to search (licenses, notices, policies, cards, docs), by path.
    public var documents: [String: TextDocument]
    /// The exclusion rules applied, with what each kept out of the bundle.
    public var exclusions: [Exclusion] = []
    /// The copies of the weights the release ships, in the order people read them.
    public var variants: [WeightVariant] = []
    /// The model card that describes the release, derived once the artifacts are known.
    public var card: ReleaseCard?
    /// How the release relates to its base models, derived once the artifacts are known.
    public var relation = BaseModelRelation()

    public init(
        subject: Subject, root: String? = nil, artifacts: [Artifact] = [], defects: [Defect] = [],
        documents: [String: TextDocument] = [:]
    ) {
        self.subject = subject
        self.root = root
        self.artifacts = artifacts
        self.defects = defects
        self.documents = documents
    }

    /// Derives `card` and `relation` from the artifacts; the inspector does this once it has
    /// them all, and so does anything else that builds a manifest.
    public mutating func deriveRelease() {
        let index = ArtifactIndex(artifacts)
        artifactIndex = index
        card = ReleaseCard.find(in: artifacts, index: index)
        relation = BaseModelRelation(card: card, artifacts: artifacts, index: index, variants: variants)
    }

    /// The artifacts of one kind.
    public func artifacts(ofKind kind: ArtifactKind) -> [Artifact] {
        artifacts.filter { $0.kind == kind }
    }
}

/// The bundle being checked, as the report gives it in `subject` (docs/report.md).
public struct Subject: Codable, Sendable, Equatable {
    /// The path as given on the command line.
    public var path: String
    public var format: BundleFormat
    /// SHA-256 of the bundle file (never for a directory).
    public var sha256: String?
    /// For a Hub repository: the commit that was read.
    public var commit: String?
    /// For a Hub repository: the bytes received over HTTP to check it (listing, files, header ranges).
    public var bytesTransferred: UInt64?

    public init(path: String, format: BundleFormat, sha256: String? = nil) {
        self.path = path
        self.format = format
        self.sha256 = sha256
    }
}

/// A text file split into lines, so rules can cite what they found by line number.
public struct TextDocument: Sendable, Equatable {
    /// The artifact path.
    public var path: String
    /// The lines, without their line endings; line N is `lines[N - 1]`.
    public var lines: [String]
    /// The file was longer than what was kept.
    public var isTruncated: Bool

    public init(path: String, lines: [String], isTruncated: Bool = false) {
        self.path = path
        self.lines = lines
        self.isTruncated = isTruncated
    }

    /// Splits text on LF, CRLF or CR.
    public init(path: String, text: String, isTruncated: Bool = false) {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(current) }
                current = ""
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(current)
                current = ""
                previousWasCR = true
            } else {
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(current) }
        self.init(path: path, lines: lines, isTruncated: isTruncated)
    }

    /// The whole text, lines joined with LF.
    public var text: String { lines.joined(separator: "\n") }
}
