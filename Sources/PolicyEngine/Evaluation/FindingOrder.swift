import BundleModel

/// A deterministic order for findings: licenses alphabetically with the general checks last,
/// rules in pack order, then by evidence.
enum FindingOrder {
    static func sorted(_ findings: [Finding], policies: PolicySet) -> [Finding] {
        var ruleIndex: [String: Int] = [:]
        for (index, entry) in policies.allRules.enumerated() { ruleIndex[entry.rule.id] = index }
        return findings.enumerated().sorted { lhs, rhs in
            let left = key(lhs.element, ruleIndex), right = key(rhs.element, ruleIndex)
            if left.license != right.license { return left.license < right.license }
            if left.rule != right.rule { return left.rule < right.rule }
            if left.evidence != right.evidence { return left.evidence < right.evidence }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func key(_ finding: Finding, _ ruleIndex: [String: Int]) -> (license: String, rule: Int, evidence: String) {
        (finding.license ?? "\u{10FFFF}", ruleIndex[finding.ruleId] ?? Int.max, finding.evidence.first.map { "\($0.path):\($0.line ?? 0)" } ?? "")
    }
}
