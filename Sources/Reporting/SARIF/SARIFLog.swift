import BundleModel

/// The subset of SARIF 2.1.0 that clearance writes, as Encodable values. Optional members that
/// are nil are left out of the JSON.
struct SARIFLog: Encodable {
    let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    let version = "2.1.0"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]
        let results: [Result]
        let properties: RunProperties
    }

    /// What the run checked, its verdict, and the questions reviewers answered (answered `yes`
    /// they are passes, which SARIF results leave out).
    struct RunProperties: Encodable {
        let subject: String
        let subjectFormat: String
        let verdict: String
        let failOn: String
        let answers: [AnsweredQuestion]?
    }

    struct AnsweredQuestion: Encodable {
        let ruleId: String
        let license: String?
        let status: String
        let answer: AnswerNote
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let semanticVersion: String
        let rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let defaultConfiguration: Configuration
        let help: Message
        let helpUri: String?
        let properties: RuleProperties
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct RuleProperties: Encodable {
        let tags: [String]
        let license: String?
        let category: String
        let reference: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let kind: String
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
        let properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        let license: String?
        let category: String
        let status: String
        let severity: String
        let reference: String
        let answer: AnswerNote?
        /// For an `openness-claim` finding: the claim, its judgement and the deciding clause.
        var opennessClaim: SARIFOpennessClaim? = nil
    }

    struct Suppression: Encodable {
        let kind = "external"
        let status = "accepted"
        let justification: String
        let properties: SuppressionProperties
    }

    struct SuppressionProperties: Encodable {
        let approvedBy: String
        let expires: String
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct ArtifactLocation: Encodable {
        let uri: String?
        let uriBaseId: String?
        let description: Message?
    }

    struct Region: Encodable {
        let startLine: Int
    }

    struct Message: Encodable {
        let text: String
    }
}
