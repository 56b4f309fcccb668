import BundleModel
import PolicyEngine
import Testing

/// `--fail-on` levels, from the table of docs/exit-status.md.
@Suite struct FailThresholdTests {
    static func finding(_ status: FindingStatus, _ severity: Severity) -> Finding {
        Finding(
            ruleId: "r", license: nil, category: .integrity, status: status, severity: severity, message: "",
            remediation: "", reference: "")
    }

    @Test(arguments: [
        (FindingStatus.fail, Severity.error, [true, true, true]),
        (.fail, .warning, [false, true, true]),
        (.needsReview, .error, [false, false, true]),
        (.pass, .error, [false, false, false]),
        (.waived, .error, [false, false, false]),
    ])
    func levels(status: FindingStatus, severity: Severity, counts: [Bool]) {
        let finding = Self.finding(status, severity)
        #expect([FailThreshold.error, .warning, .review].map { $0.counts(finding) } == counts)
    }
}
