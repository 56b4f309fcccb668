import BundleModel

/// Applies waivers to findings: a matching, unexpired waiver turns a failure into `waived`; an
/// expired waiver is a failure of its own; a waiver that matches nothing is a warning.
public struct WaiverApplication: Sendable {
    public let waivers: [Waiver]
    public let source: String
    public let today: ISODate

    public init(waivers: [Waiver], source: String, today: ISODate) {
        self.waivers = waivers
        self.source = source
        self.today = today
    }

    public func apply(to findings: [Finding], policies: PolicySet) -> [Finding] {
        var result = findings
        var used = Set<Int>()
        for (index, waiver) in waivers.enumerated() {
            let expired = ISODate(waiver.expires).map { $0 < today } ?? true
            for position in result.indices where matches(waiver, result[position]) {
                used.insert(index)
                guard !expired else { continue }
                result[position].status = .waived
                result[position].waiver = WaiverNote(reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires)
            }
        }
        for (index, waiver) in waivers.enumerated() {
            let expired = ISODate(waiver.expires).map { $0 < today } ?? true
            if expired {
                result.append(finding(for: waiver, index: index, policies: policies, expired: true))
            } else if !used.contains(index) {
                result.append(finding(for: waiver, index: index, policies: policies, expired: false))
            }
        }
        return result
    }

    private func matches(_ waiver: Waiver, _ finding: Finding) -> Bool {
        guard finding.ruleId == waiver.ruleId, finding.status == .fail || finding.status == .waived else { return false }
        if let license = waiver.license, finding.license != license { return false }
        if let pattern = waiver.path {
            return finding.evidence.contains { Glob.matches(pattern, $0.path, pathAware: true) }
        }
        return true
    }

    private func finding(for waiver: Waiver, index: Int, policies: PolicySet, expired: Bool) -> Finding {
        let category = policies.rule(waiver.ruleId)?.rule.category ?? .licenseMetadata
        let scope = [waiver.license.map { "license \($0)" }, waiver.path.map { "path \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let described = "the waiver for \(waiver.ruleId)\(scope.isEmpty ? "" : " (\(scope))") approved by \(waiver.approvedBy)"
        let evidence = [Evidence(path: source, excerpt: "waivers[\(index)]: \(waiver.ruleId)")]
        if expired {
            return Finding(ruleId: "waiver_expired", license: waiver.license, category: category, status: .fail, severity: .error,
                           message: "\(described.prefix(1).uppercased() + described.dropFirst()) expired on \(waiver.expires); the failures it covered count again.",
                           evidence: evidence, remediation: "Fix what the waiver covered, or renew the waiver with a new approval and expiry date.", reference: "Waivers file")
        }
        return Finding(ruleId: "waiver_unused", license: waiver.license, category: category, status: .fail, severity: .warning,
                       message: "\(described.prefix(1).uppercased() + described.dropFirst()) matches no failure.",
                       evidence: evidence, remediation: "Remove the waiver, or correct its ruleId, license or path.", reference: "Waivers file")
    }
}
