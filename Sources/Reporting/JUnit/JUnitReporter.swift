import BundleModel

/// JUnit XML (`--format junit`), as GitLab, Jenkins and other CI systems read test reports: one
/// test suite per upstream license plus one for integrity, security and metadata, one test case
/// per obligation. A failed obligation is a `failure`; a question is `skipped` with the question;
/// a waived failure is `skipped` with the waiver, its failure kept in `system-out`.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) -> String {
        let suites = FindingGroups.of(input.report.findings, licenses: input.upstreamLicenses).map {
            JUnitSuite(group: $0, input: input)
        }
        let findings = input.report.findings
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites"
                + XMLEscaping.attributes([
                    ("name", "clearance check \(input.report.subject.path)"),
                    ("tests", String(findings.count)),
                    ("failures", String(suites.map(\.failures).reduce(0, +))),
                    ("errors", "0"),
                    ("skipped", String(suites.map(\.skipped).reduce(0, +))),
                ]) + ">",
        ]
        for (index, suite) in suites.enumerated() {
            lines += suite.lines(id: index).map { "  " + $0 }
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }
}
