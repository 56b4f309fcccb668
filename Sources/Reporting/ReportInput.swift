import BundleModel
import Foundation
import PolicyEngine

/// Everything a reporter draws on: the report, and what it was computed from.
public struct ReportInput: Sendable {
    /// The findings, licenses and artifacts, as the JSON report gives them.
    public var report: Report
    /// The policies in force: rule titles, clauses, license names and versions.
    public var policies: PolicySet
    /// Where the release comes from and which licenses bind it.
    public var lineage: Lineage
    /// The declared facts and the file they came from.
    public var facts: FactSheet
    /// `--fail-on`: which findings block publication.
    public var failOn: FailThreshold
    /// When the report is made. Only formats that carry a date (the checklist) use it.
    public var date: Date
    /// The absolute path of the bundle root on disk, when the bundle is a directory.
    public var bundleDirectory: String?
    /// The waivers file, when one was given.
    public var waiversFile: String?
    /// The release's model card, as the inspector found it.
    public var card: ReleaseCard?
    /// How the release relates to its base models, as the inspector found it.
    public var relation: BaseModelRelation
    /// Where rule pages live (`{rule}` stands for the rule id), for SARIF's `helpUri`; without
    /// one, a license rule points at its license.
    public var rulePageTemplate: String?

    /// Creates the input; `bundleDirectory` and `waiversFile` only matter to where evidence points,
    /// `card` and `relation` (the manifest's) to how the release is described.
    public init(
        report: Report, policies: PolicySet, lineage: Lineage, facts: FactSheet, failOn: FailThreshold,
        date: Date, bundleDirectory: String? = nil, waiversFile: String? = nil, card: ReleaseCard? = nil,
        relation: BaseModelRelation = BaseModelRelation()
    ) {
        self.report = report
        self.policies = policies
        self.lineage = lineage
        self.facts = facts
        self.failOn = failOn
        self.date = date
        self.bundleDirectory = bundleDirectory
        self.waiversFile = waiversFile
        self.card = card
        self.relation = relation
    }

    /// The license ids whose obligations apply, in report order.
    public var upstreamLicenses: [String] {
        report.licenses.filter { $0.role == .upstream }.map(\.id)
    }

    /// The full name of a license (`Llama 3.1 Community License Agreement`), or its id when no pack knows it.
    public func licenseName(_ id: String) -> String {
        policies.pack(named: id)?.license.name ?? id
    }

    /// The rules that were evaluated: those of the upstream licenses' packs, then the general ones.
    public var rulesThatRan: [(pack: PolicyPack?, rule: PolicyRule)] {
        let packs = upstreamLicenses.compactMap { policies.packs[$0] }
        return packs.flatMap { pack in pack.rules.map { (Optional(pack), $0) } }
            + policies.general.rules.map { (nil, $0) }
    }

    /// The rule behind a finding, when the policies define it (waiver findings have none).
    public func rule(for finding: Finding) -> PolicyRule? {
        policies.rule(finding.ruleId)?.rule
    }

    /// Whether a finding blocks publication under `--fail-on`.
    public func blocks(_ finding: Finding) -> Bool {
        failOn.counts(finding)
    }
}
