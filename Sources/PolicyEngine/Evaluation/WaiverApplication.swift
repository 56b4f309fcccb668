import BundleModel

/// Applies waivers to findings: a matching, unexpired waiver turns a failure or a question into
/// `waived`; an expired waiver is a failure of its own, at the severity of the rule it waived; a
/// waiver that matches nothing is a warning.
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
                result[position].waiver = WaiverNote(
                    reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires)
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
        guard finding.ruleId == waiver.ruleId, [.fail, .needsReview, .waived].contains(finding.status) else {
            return false
        }
        if let license = waiver.license, finding.license != license { return false }
        if let pattern = waiver.path {
            return finding.evidence.contains { Glob.matches(pattern, $0.path, pathAware: true) }
        }
        return true
    }

    private func finding(for waiver: Waiver, index: Int, policies: PolicySet, expired: Bool) -> Finding {
        let waived = policies.rule(waiver.ruleId)?.rule
        let category = waived?.category ?? ProcessRules.rule(waiver.ruleId)?.category ?? .licenseMetadata
        let scope = [waiver.license.map { "license \($0)" }, waiver.path.map { "path \($0)" }].compactMap { $0 }.joined(
            separator: ", ")
        let described =
            "The waiver for \(waiver.ruleId)\(scope.isEmpty ? "" : " (\(scope))") approved by \(waiver.approvedBy)"
        let evidence = [Evidence(path: source, line: waiver.line, excerpt: "waivers[\(index)]: \(waiver.ruleId)")]
        if expired {
            // The findings it covered count again at their own severity; so does the expiry itself.
            let severity =
                waived?.severity ?? ProcessRules.rule(waiver.ruleId)?.severity ?? ProcessRules.waiverExpired.severity
            return ProcessRules.waiverExpired.finding(
                message:
                    "\(described) expired on \(waiver.expires); the failures and questions it covered count again.",
                evidence: evidence, license: waiver.license, category: category, severity: severity)
        }
        return ProcessRules.waiverUnused.finding(
            message: "\(described) matches no failure or question.", evidence: evidence, license: waiver.license,
            category: category)
    }
}
