import BundleModel
import PolicyEngine

/// A rule as `policies show --format json` and `policies explain --format json` give it.
public struct RuleDocument: Encodable, Sendable {
    public let id: String
    public let title: String
    /// The license id, or nil for the general and process rules.
    public let license: String?
    public let category: String
    public let severity: String
    /// `license` (a pack's obligation), `general` or `process`.
    public let scope: String
    /// `Llama 3.1 Community License §1.b.iii`.
    public let reference: String
    public let clause: String
    /// The check kind (none for a process rule).
    public let check: String?
    public let remediation: String
    public let question: String?
    /// What the rule does when the license reaches the release only through its outputs.
    public let outputs: String?

    public init(_ rule: PolicyRule, pack: PolicyPack?) {
        id = rule.id
        title = rule.title
        license = pack?.license.id
        category = rule.category.rawValue
        severity = rule.severity.rawValue
        scope = pack == nil ? "general" : "license"
        reference = pack.map { "\($0.license.citation) \(rule.section)" } ?? rule.section
        clause = rule.clause
        check = rule.check.kind.rawValue
        remediation = rule.remediation
        question = rule.question
        outputs = rule.outputs?.rawValue
    }

    public init(_ rule: ProcessRule) {
        id = rule.id
        title = rule.title
        license = nil
        category = rule.category.rawValue
        severity = rule.severity.rawValue
        scope = "process"
        reference = rule.reference
        clause = rule.clause
        check = nil
        remediation = rule.remediation
        question = nil
        outputs = nil
    }
}

/// A license pack as `policies list` and `policies show --format json` give it.
public struct PackDocument: Encodable, Sendable {
    public let id: String
    public let name: String
    /// The version (release date) of the license the pack encodes.
    public let version: String
    /// Where the license is published (none for the general pack).
    public let url: String?
    public let spdx: String?
    public let huggingFace: [String]
    public let aliases: [String]
    public let titles: [String]
    public let notices: [String]
    /// How open the license is: its OSD verdict and disqualifying clauses (none for the general pack).
    public let openness: LicenseOpenness?
    public let rules: [RuleDocument]

    public init(_ pack: PolicyPack) {
        id = pack.license.id
        name = pack.license.name
        version = pack.license.version
        url = pack.license.url
        spdx = pack.license.spdx
        huggingFace = pack.license.huggingFace ?? []
        aliases = pack.license.aliases ?? []
        titles = pack.identification?.titles ?? []
        notices = pack.notices ?? []
        openness = pack.openness
        rules = pack.rules.map { RuleDocument($0, pack: pack) }
    }

    /// The general pack, under the id `general`.
    public init(general: GeneralPack) {
        id = "general"
        name = FindingGroups.generalTitle
        version = String(general.version)
        url = nil
        spdx = nil
        huggingFace = []
        aliases = []
        titles = []
        notices = []
        openness = nil
        rules = general.rules.map { RuleDocument($0, pack: nil) }
    }
}

/// `policies list --format json`: every pack with its rules, then the process rules.
public struct PolicyListDocument: Encodable, Sendable {
    public let schemaVersion = 1
    public let tool: ToolInfo
    public let origin: String
    public let packs: [PackDocument]
    public let processRules: [RuleDocument]

    public init(policies: PolicySet, tool: ToolInfo) {
        self.tool = tool
        origin = policies.origin
        packs = policies.sortedPacks.map(PackDocument.init) + [PackDocument(general: policies.general)]
        processRules = ProcessRules.all.map(RuleDocument.init)
    }
}
