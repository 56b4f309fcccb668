import BundleModel

/// The report `clearance check` prints for a person: obligations grouped by upstream license,
/// each with a mark, its evidence, the fix or the open question, then a one-line verdict.
public struct CheckTextRenderer: Reporter {
    public let style: TextStyle

    public init(style: TextStyle) {
        self.style = style
    }

    public func render(_ input: ReportInput) -> String {
        let report = input.report
        var lines = [style.bold("clearance check \(report.subject.path)") + " (\(report.subject.format.rawValue))"]
        let upstream = input.upstreamLicenses
        lines.append("Upstream licenses: " + (upstream.isEmpty ? "none determined" : upstream.joined(separator: ", ")))
        for group in FindingGroups.of(report.findings) {
            lines.append("")
            lines.append(style.bold(heading(group.license, input: input)))
            for finding in group.findings { lines += render(finding) }
        }
        lines.append("")
        lines.append(verdictLine(report, failOn: input.failOn.rawValue))
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ license: String?, input: ReportInput) -> String {
        guard let license else { return FindingGroups.generalTitle }
        let name = input.licenseName(license)
        return name == license ? license : "\(name) (\(license))"
    }

    private func render(_ finding: Finding) -> [String] {
        var lines = ["  \(mark(finding.status))  \(Self.printable(finding.message))"]
        let detail = "      "
        lines.append(detail + style.dim("\(finding.ruleId) · \(finding.category.rawValue) · \(finding.severity.rawValue) · \(finding.reference)"))
        for evidence in finding.evidence.prefix(6) {
            var text = evidence.path.isEmpty ? "(bundle)" : evidence.path
            if let line = evidence.line { text += ":\(line)" }
            if let excerpt = evidence.excerpt, !excerpt.isEmpty { text += "  “\(excerpt.count > 100 ? String(excerpt.prefix(97)) + "…" : excerpt)”" }
            lines.append(detail + "at " + Self.printable(text))
        }
        switch finding.status {
        case .fail: lines.append(detail + style.bold("fix: ") + finding.remediation)
        case .needsReview: if let question = finding.question { lines.append(detail + style.bold("question: ") + question) }
        case .waived: if let waiver = finding.waiver { lines.append(detail + Self.printable("waived by \(waiver.approvedBy) until \(waiver.expires): \(waiver.reason)")) }
        case .pass: break
        }
        return lines
    }

    /// Text from the bundle or the waivers with its control and bidirectional characters shown as
    /// visible escapes (`VisibleText`).
    static func printable(_ text: String) -> String {
        VisibleText.escaped(text)
    }

    private func mark(_ status: FindingStatus) -> String {
        switch status {
        case .pass: style.green("✓ pass  ")
        case .fail: style.red("✗ FAIL  ")
        case .needsReview: style.yellow("? review")
        case .waived: style.blue("~ waived")
        }
    }

    private func verdictLine(_ report: Report, failOn: String) -> String {
        let summary = report.summary
        let errors = report.findings.filter { $0.status == .fail && $0.severity == .error }.count
        let counts = "\(summary.fail) failed (\(errors) errors), \(summary.needsReview) need review, \(summary.pass) passed, \(summary.waived) waived"
        let verdict = report.verdict == .fail ? style.red(style.bold("Verdict: FAIL")) : style.green(style.bold("Verdict: PASS"))
        return "\(verdict) — \(counts) (--fail-on \(failOn))"
    }
}
