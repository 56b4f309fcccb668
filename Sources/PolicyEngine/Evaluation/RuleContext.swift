import BundleModel

/// Everything one rule sees when it is evaluated, and how it turns an outcome into a finding.
struct RuleContext {
    let rule: PolicyRule
    /// The license pack, or nil for the general pack.
    let pack: PolicyPack?
    /// The upstream license being evaluated, or nil for the general pack.
    let upstream: UpstreamLicense?
    let bundle: ManifestView
    let lineage: Lineage
    let facts: FactSheet
    let policies: PolicySet
    /// The card's openness claims, judged: found once per check (`Evaluation.claims`).
    let claims: [OpennessClaim]

    var licenseID: String? { pack?.license.id }
    var manifest: Manifest { bundle.manifest }

    /// The distributor as questions name it.
    var distributorName: String { facts.facts.distributor?.name ?? "the distributor" }

    /// A finding of this rule with the given outcome.
    func finding(
        _ status: FindingStatus, _ message: String, evidence: [Evidence] = [], question: String? = nil
    ) -> Finding {
        let citation = pack.map { "\($0.license.citation) \(rule.section)" } ?? rule.section
        return Finding(
            ruleId: rule.id,
            license: licenseID,
            category: rule.category,
            status: status,
            severity: rule.severity,
            message: message,
            evidence: evidence,
            remediation: fill(rule.remediation),
            reference: citation,
            question: status == .needsReview ? (question ?? rule.question.map(fill) ?? fill(rule.clause)) : nil
        )
    }

    /// Replaces `{distributor}` and `{license}` in pack text.
    func fill(_ text: String) -> String {
        text.replacingOccurrences(of: "{distributor}", with: distributorName)
            .replacingOccurrences(of: "{license}", with: pack?.license.name ?? "the license")
    }

    /// Evidence of a fact, or of its absence.
    func factEvidence(_ key: String, _ value: String?) -> [Evidence] {
        value.map { [facts.evidence(key, value: $0)] } ?? []
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
