import BundleModel
import PolicyEngine

/// `tool.driver.rules`: every rule that ran, then a descriptor for each other rule id a finding
/// carries (the waiver findings), with the index results refer to.
struct SARIFRules {
    let descriptors: [SARIFLog.ReportingDescriptor]
    private let indexByID: [String: Int]

    init(_ input: ReportInput) {
        let template = input.rulePageTemplate
        var descriptors = input.rulesThatRan.map { Self.descriptor($0.rule, pack: $0.pack, pages: template) }
        var known = Set(descriptors.map(\.id))
        for finding in input.report.findings where !known.contains(finding.ruleId) {
            let entry = input.policies.rule(finding.ruleId)
            descriptors.append(
                entry.map { Self.descriptor($0.rule, pack: $0.pack, pages: template) }
                    ?? Self.descriptor(unlisted: finding, pages: template))
            known.insert(finding.ruleId)
        }
        self.descriptors = descriptors
        indexByID = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of a rule in `descriptors`.
    func index(of ruleId: String) -> Int {
        indexByID[ruleId] ?? -1
    }

    private static func descriptor(
        _ rule: PolicyRule, pack: PolicyPack?, pages: String?
    ) -> SARIFLog.ReportingDescriptor {
        let reference = pack.map { "\($0.license.citation) \(rule.section)" } ?? rule.section
        let help = RuleExplanation.render(rule, pack: pack, outcomes: [])
        return SARIFLog.ReportingDescriptor(
            id: rule.id,
            name: displayName(rule.id),
            shortDescription: .init(text: rule.title),
            fullDescription: .init(text: rule.clause),
            defaultConfiguration: .init(level: SARIFLevel.of(rule.severity)),
            help: .init(text: help.hasSuffix("\n") ? String(help.dropLast()) : help),
            helpUri: pages.map { RulePages.url($0, ruleId: rule.id) } ?? pack?.license.url,
            properties: .init(
                tags: tags(rule.category, license: pack?.license.id), license: pack?.license.id,
                category: rule.category.rawValue, reference: reference)
        )
    }

    /// A rule that no policy defines (a process rule such as `waiver_expired`), described from its
    /// finding.
    private static func descriptor(unlisted finding: Finding, pages: String?) -> SARIFLog.ReportingDescriptor {
        let process = ProcessRules.rule(finding.ruleId)
        let title = process?.title ?? displayName(finding.ruleId)
        return SARIFLog.ReportingDescriptor(
            id: finding.ruleId,
            name: displayName(finding.ruleId),
            shortDescription: .init(text: title),
            fullDescription: .init(text: process?.clause ?? "\(title). \(finding.remediation)"),
            defaultConfiguration: .init(level: SARIFLevel.of(finding.severity)),
            help: .init(
                text: "\(finding.ruleId): \(title)\nSource:    \(finding.reference)\nRemedy:    \(finding.remediation)"),
            helpUri: process == nil ? nil : pages.map { RulePages.url($0, ruleId: finding.ruleId) },
            properties: .init(
                tags: tags(finding.category, license: finding.license), license: finding.license,
                category: finding.category.rawValue, reference: finding.reference)
        )
    }

    private static func tags(_ category: BundleModel.Category, license: String?) -> [String] {
        let area =
            switch category {
            case .integrity: "integrity"
            case .security: "security"
            default: "license-compliance"
            }
        let tags = [area] + (category.rawValue == area ? [] : [category.rawValue])
        return tags + (license.map { ["license:\($0)"] } ?? [])
    }

    /// `llama3_1_notice_line` → `Llama31NoticeLine`.
    static func displayName(_ id: String) -> String {
        id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
