import BundleModel

/// SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other SARIF viewers: the rules that
/// ran, and one result per finding that is not a pass. Waived findings stay in, marked as
/// suppressed with the waiver's justification.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) throws -> String {
        let rules = SARIFRules(input)
        let locations = SARIFLocations(input: input)
        let results = input.report.findings.filter { $0.status != .pass }.map {
            result(for: $0, rules: rules, locations: locations, openness: input.report.openness)
        }
        let tool = SARIFLog.Tool(
            driver: .init(
                name: input.report.tool.name, version: input.report.tool.version,
                semanticVersion: input.report.tool.version, rules: rules.descriptors))
        let answered = input.report.findings.compactMap { finding in
            finding.answer.map {
                SARIFLog.AnsweredQuestion(
                    ruleId: finding.ruleId, license: finding.license, status: finding.status.rawValue, answer: $0)
            }
        }
        let properties = SARIFLog.RunProperties(
            subject: input.report.subject.path,
            subjectFormat: input.report.subject.format.rawValue,
            verdict: input.report.verdict.rawValue,
            failOn: input.failOn.rawValue,
            answers: answered.isEmpty ? nil : answered
        )
        let run = SARIFLog.Run(
            tool: tool, originalUriBaseIds: locations.baseIDs, results: results, properties: properties)
        return try JSONOutput.string(SARIFLog(runs: [run]))
    }

    private func result(
        for finding: Finding, rules: SARIFRules, locations: SARIFLocations,
        openness: OpennessProfile?
    ) -> SARIFLog.Result {
        let (kind, level) = SARIFLevel.kindAndLevel(finding)
        var properties = SARIFLog.ResultProperties(
            license: finding.license, category: finding.category.rawValue, status: finding.status.rawValue,
            severity: finding.severity.rawValue, reference: finding.reference, answer: finding.answer)
        properties.opennessClaim = SARIFOpennessClaim(finding, profile: openness)
        let suppressions = finding.waiver.map {
            [
                SARIFLog.Suppression(
                    justification: $0.reason, properties: .init(approvedBy: $0.approvedBy, expires: $0.expires))
            ]
        }
        return SARIFLog.Result(
            ruleId: finding.ruleId,
            ruleIndex: rules.index(of: finding.ruleId),
            kind: kind,
            level: level,
            message: .init(text: message(finding)),
            locations: locations.locations(of: finding),
            partialFingerprints: ["clearanceFinding/v1": fingerprint(finding)],
            suppressions: suppressions,
            properties: properties
        )
    }

    /// The finding, then what decides or fixes it.
    private func message(_ finding: Finding) -> String {
        var parts = [finding.message]
        if let question = finding.question { parts.append("Question: \(question)") }
        if let answer = finding.answer { parts.append("Answer: \(answer.sentence).") }
        parts.append("Remedy: \(finding.remediation)")
        if let waiver = finding.waiver {
            parts.append("Waived by \(waiver.approvedBy) until \(waiver.expires): \(waiver.reason)")
        }
        parts.append("(\(finding.reference))")
        return parts.joined(separator: " ")
    }

    /// Stable across runs as long as the rule, license and evidence places stay the same.
    private func fingerprint(_ finding: Finding) -> String {
        let places = finding.evidence.map { "\($0.path):\($0.line.map(String.init) ?? "")" }
        return ([finding.ruleId, finding.license ?? ""] + places).joined(separator: "|")
    }
}
