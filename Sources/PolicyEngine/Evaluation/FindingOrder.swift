import BundleModel

/// A deterministic order for findings: licenses alphabetically with the general checks last,
/// rules in pack order, then by evidence.
enum FindingOrder {
    static func sorted(_ findings: [Finding], policies: PolicySet) -> [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            let left = key(lhs.element, policies), right = key(rhs.element, policies)
            if left.license != right.license { return left.license < right.license }
            if left.rule != right.rule { return left.rule < right.rule }
            if left.evidence != right.evidence { return left.evidence < right.evidence }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func key(_ finding: Finding, _ policies: PolicySet) -> (license: String, rule: Int, evidence: String)
    {
        (
            finding.license ?? "\u{10FFFF}", policies.position(ofRule: finding.ruleId) ?? Int.max,
            finding.evidence.first.map { "\($0.path):\($0.line ?? 0)" } ?? ""
        )
    }
}
