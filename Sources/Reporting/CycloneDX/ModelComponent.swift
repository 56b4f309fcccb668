import BundleModel
import PolicyEngine

/// `metadata.component`: the release as a `machine-learning-model`, with its model card data,
/// licenses, parents as `pedigree.ancestors`, and links to the license texts.
struct ModelComponent {
    let input: ReportInput
    let profile: ReleaseProfile
    let licenses: CycloneDXLicenses

    func build() -> CycloneDXBOM.Component {
        var component = CycloneDXBOM.Component(type: "machine-learning-model", bomRef: "model", name: profile.name)
        component.description = description
        component.hashes = input.report.subject.sha256.map { [.init(content: $0)] }
        component.licenses = licenses.modelLicenses(input)
        component.externalReferences = licenseLinks.nilIfEmpty
        component.modelCard = modelCard
        component.pedigree = pedigree
        component.properties = properties
        return component
    }

    private var description: String {
        let kind = profile.kindDescription
        let sentence = kind.prefix(1).uppercased() + kind.dropFirst()
        return profile.parents.isEmpty
            ? sentence : sentence + " of " + profile.parents.map(\.reference).joined(separator: " and ")
    }

    private var modelCard: CycloneDXBOM.ModelCard {
        var parameters = CycloneDXBOM.ModelParameters()
        parameters.task = profile.task
        parameters.architectureFamily = profile.family
        parameters.modelArchitecture = profile.architecture
        parameters.datasets = profile.datasets.map { CycloneDXBOM.Dataset(name: $0) }.nilIfEmpty
        let hasParameters =
            parameters.task != nil || parameters.architectureFamily != nil || parameters.modelArchitecture != nil
            || parameters.datasets != nil
        var properties: [CycloneDXBOM.Property] = []
        if let count = profile.parameterCount {
            properties.append(.init(name: "clearance:parameter-count", value: String(count)))
        }
        if let count = profile.adapterParameterCount {
            properties.append(.init(name: "clearance:adapter-parameter-count", value: String(count)))
        }
        if let relation = profile.relation {
            properties.append(.init(name: "clearance:base-model-relation", value: relation))
        }
        return CycloneDXBOM.ModelCard(
            modelParameters: hasParameters ? parameters : nil, considerations: considerations,
            properties: properties.nilIfEmpty)
    }

    /// The categories of obligation that restrict how the model may be used downstream.
    private static let useRestrictions: Set<BundleModel.Category> = [
        .usePolicy, .outputUse, .geographic, .nonCommercial, .hosting, .mauThreshold, .revenueThreshold,
    ]

    /// What the upstream licenses allow and forbid anyone who uses the model: each restricting
    /// clause, cited, with what to do about it.
    private var considerations: CycloneDXBOM.Considerations? {
        var seen: Set<String> = []
        let restrictions = input.report.findings.compactMap { finding -> CycloneDXBOM.EthicalConsideration? in
            guard Self.useRestrictions.contains(finding.category), seen.insert(finding.ruleId).inserted,
                let rule = input.rule(for: finding)
            else { return nil }
            return CycloneDXBOM.EthicalConsideration(
                name: "\(finding.reference): \(rule.clause)", mitigationStrategy: rule.remediation)
        }
        return restrictions.isEmpty ? nil : CycloneDXBOM.Considerations(ethicalConsiderations: restrictions)
    }

    private var pedigree: CycloneDXBOM.Pedigree? {
        guard !profile.parents.isEmpty else { return nil }
        let ancestors = profile.parents.map { parent in
            var ancestor = CycloneDXBOM.Component(
                type: "machine-learning-model", bomRef: "ancestor:\(parent.reference)", name: parent.reference)
            ancestor.licenses = parent.licenses.map { licenses.entry($0, acknowledgement: "concluded") }.nilIfEmpty
            ancestor.externalReferences = Self.hubPage(parent.reference).map {
                [.init(type: "model-card", url: $0, comment: nil)]
            }
            return ancestor
        }
        let chains = input.lineage.upstreams.flatMap(\.chain)
        return CycloneDXBOM.Pedigree(ancestors: ancestors, notes: chains.isEmpty ? nil : chains.joined(separator: "; "))
    }

    /// The published text of each upstream license, then the card's `license_link`.
    private var licenseLinks: [CycloneDXBOM.ExternalReference] {
        var links = input.upstreamLicenses.compactMap { id in
            input.policies.pack(named: id).map {
                CycloneDXBOM.ExternalReference(type: "license", url: $0.license.url, comment: $0.license.name)
            }
        }
        if let link = profile.card?.licenseLink, !links.contains(where: { $0.url == link }) {
            links.append(.init(type: "license", url: link, comment: "license_link of the model card"))
        }
        return links
    }

    /// Where the release was read from, the verdict, the models whose outputs trained it, and
    /// every waived failure and answered question, so that an accepted risk stays visible in the BOM.
    private var properties: [CycloneDXBOM.Property] {
        var properties = [
            CycloneDXBOM.Property(name: "clearance:bundle", value: input.report.subject.path),
            CycloneDXBOM.Property(name: "clearance:bundle-format", value: input.report.subject.format.rawValue),
            CycloneDXBOM.Property(name: "clearance:verdict", value: input.report.verdict.rawValue),
        ]
        properties += profile.teachers.map { .init(name: "clearance:trained-on-outputs-of", value: $0.reference) }
        properties += OpennessProperties(profile: input.report.openness).properties
        properties += input.report.findings.compactMap { finding in
            finding.waiver.map {
                .init(
                    name: "clearance:waived",
                    value: "\(finding.ruleId): \($0.reason) (approved by \($0.approvedBy), until \($0.expires))")
            }
        }
        properties += input.report.findings.compactMap { finding in
            finding.answer.map { .init(name: "clearance:answered", value: "\(finding.ruleId): \($0.sentence)") }
        }
        return properties
    }

    /// The Hugging Face page of an `org/name` reference or Hub URL.
    static func hubPage(_ reference: String) -> String? {
        if reference.hasPrefix("https://") { return reference }
        if reference.contains("huggingface.co/") { return "https://" + reference }
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
        return "https://huggingface.co/" + reference
    }
}
