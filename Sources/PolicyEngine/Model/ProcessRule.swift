import BundleModel

/// A check on how the release is checked rather than on the release itself: a waiver that
/// expired or matches nothing, an answer that settles no question, facts the bundle carries about
/// itself. Process rules belong to no policy pack, but findings, SARIF, `policies explain` and the
/// rule pages describe them like the packs' rules.
public struct ProcessRule: Sendable {
    public let id: String
    public let title: String
    public let category: BundleModel.Category
    /// The severity of its failures (an expired waiver takes the severity of the rule it waived).
    public let severity: Severity
    /// What it checks, in one sentence.
    public let clause: String
    public let remediation: String
    /// Where the obligation comes from: the file the finding is about.
    public let reference: String
    /// Whether a waiver may accept its failures.
    public let waivable: Bool

    /// A finding of this rule.
    public func finding(
        message: String, evidence: [Evidence], license: String? = nil, category: BundleModel.Category? = nil,
        severity: Severity? = nil
    ) -> Finding {
        Finding(
            ruleId: id, license: license, category: category ?? self.category, status: .fail,
            severity: severity ?? self.severity,
            message: message, evidence: evidence, remediation: remediation, reference: reference)
    }
}

/// The process rules.
public enum ProcessRules {
    public static let waiverExpired = ProcessRule(
        id: "waiver_expired", title: "A waiver has expired", category: .licenseMetadata, severity: .error,
        clause: "A waiver accepts a risk until its expiry date; after it, the findings it covered count again.",
        remediation: "Fix what the waiver covered, or renew the waiver with a new approval and expiry date.",
        reference: "Waivers file", waivable: false)

    public static let waiverUnused = ProcessRule(
        id: "waiver_unused", title: "A waiver matches no failure or question", category: .licenseMetadata,
        severity: .warning,
        clause: "Every waiver should match a finding; one that matches nothing is stale or misspelt.",
        remediation: "Remove the waiver, or correct its ruleId, license or path.",
        reference: "Waivers file", waivable: false)

    public static let answerUnused = ProcessRule(
        id: "answer_unused", title: "An answer matches no question", category: .licenseMetadata, severity: .warning,
        clause:
            "Every answer in the facts file should settle a question the check asks; one that matches none is stale.",
        remediation: "Remove the answer, or correct its ruleId or license.",
        reference: "Facts file, answers", waivable: false)

    public static let bundleFactsPublished = ProcessRule(
        id: "bundle_facts_published", title: "Facts or waivers are inside the release", category: .licenseMetadata,
        severity: .warning,
        clause:
            "Facts and waivers found inside the release are published with it (user counts, domicile, approvers' names), "
            + "and a release must not vouch for itself.",
        remediation:
            "Keep facts and waivers outside the release folder: pass --facts/--waivers with files outside it, or put them "
            + "in a .clearance.yml above it; then remove them from the release.",
        reference: "Project configuration and facts", waivable: true)

    /// Every process rule, in the order pages list them.
    public static let all = [waiverExpired, waiverUnused, answerUnused, bundleFactsPublished]

    /// The process rule with this id.
    public static func rule(_ id: String) -> ProcessRule? {
        all.first { $0.id == id }
    }
}
