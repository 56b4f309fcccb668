/// The result of `clearance check`: the JSON report of docs/report.md, schemaVersion 1.
public struct Report: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var tool: ToolInfo
    public var subject: Subject
    public var verdict: Verdict
    public var licenses: [LicenseReference]
    public var artifacts: [Artifact]
    public var findings: [Finding]
    public var summary: FindingSummary
    /// What was left out of the bundle, by rule (an addition to schemaVersion 1): the user's
    /// rules always, the built-in ones when they excluded something.
    public var exclusions: [Exclusion]?
    /// The copies of the weights the release ships (an addition to schemaVersion 1): each
    /// safetensors set, GGUF quantization, `original/` checkpoint, MLX conversion or diffusers
    /// pipeline, with its own parameter count; absent when the release has no weights.
    public var variants: [WeightVariant]?
    /// How open the release is (an addition to schemaVersion 1): licenses against the OSD and
    /// OSAID, the MOF class, the Radboud dimensions, the AI Act's licence side and the card's claims.
    public var openness: OpennessProfile?

    public init(
        tool: ToolInfo, subject: Subject, verdict: Verdict, licenses: [LicenseReference], artifacts: [Artifact],
        findings: [Finding]
    ) {
        self.schemaVersion = 1
        self.tool = tool
        self.subject = subject
        self.verdict = verdict
        self.licenses = licenses
        self.artifacts = artifacts
        self.findings = findings
        self.summary = FindingSummary(findings)
    }
}

/// The tool that wrote a report.
public struct ToolInfo: Codable, Sendable, Equatable {
    public var name: String
    public var version: String

    public init(name: String = "clearance", version: String) {
        self.name = name
        self.version = version
    }
}

/// The overall result: `fail` exactly when the exit status is 1; `review` when the check passes
/// the gate but at least one question is open; `pass` otherwise.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case pass
    case review
    case fail
}

/// A license that bears on the release, and why.
public struct LicenseReference: Codable, Sendable, Equatable {
    public var id: String
    public var role: LicenseRole
    public var evidence: [Evidence]
    /// For `upstream` and `candidate`: the links that bind it (or point at it), each with its basis,
    /// strength and evidence.
    public var lineage: [LineageLink]?

    public init(id: String, role: LicenseRole, evidence: [Evidence], lineage: [LineageLink]? = nil) {
        self.id = id
        self.role = role
        self.evidence = evidence
        self.lineage = lineage
    }
}

/// How a license relates to the release.
public enum LicenseRole: String, Codable, Sendable, CaseIterable {
    /// Its obligations apply, resolved through the lineage.
    case upstream
    /// The release's own metadata claims it.
    case declared
    /// Its text was found in the bundle.
    case detected
    /// The evidence points at a base under it without deciding: a question asks which applies.
    case candidate
}

/// Counts of findings by status.
public struct FindingSummary: Codable, Sendable, Equatable {
    public var fail: Int
    public var needsReview: Int
    public var pass: Int
    public var waived: Int

    public init(_ findings: [Finding]) {
        fail = findings.filter { $0.status == .fail }.count
        needsReview = findings.filter { $0.status == .needsReview }.count
        pass = findings.filter { $0.status == .pass }.count
        waived = findings.filter { $0.status == .waived }.count
    }
}
