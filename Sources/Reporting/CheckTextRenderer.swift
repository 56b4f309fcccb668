import BundleModel

/// The report `clearance check` prints for a person: obligations grouped by upstream license,
/// each with a mark, its evidence, the fix or the open question, then a one-line verdict.
public struct CheckTextRenderer: Sendable {
    /// License names by id, for headings.
    public let licenseNames: [String: String]
    public let style: TextStyle

    public init(licenseNames: [String: String], style: TextStyle) {
        self.licenseNames = licenseNames
        self.style = style
    }

    public func render(_ report: Report, failOn: String) -> String {
        var lines = [style.bold("clearance check \(report.subject.path)") + " (\(report.subject.format.rawValue))"]
        let upstream = report.licenses.filter { $0.role == .upstream }.map(\.id)
        lines.append("Upstream licenses: " + (upstream.isEmpty ? "none determined" : upstream.joined(separator: ", ")))
        for group in FindingGroups.of(report.findings) {
            lines.append("")
            lines.append(style.bold(heading(group.license)))
            for finding in group.findings { lines += render(finding) }
        }
        lines.append("")
        lines.append(verdictLine(report, failOn: failOn))
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ license: String?) -> String {
        guard let license else { return "Integrity, security and metadata" }
        return licenseNames[license].map { "\($0) (\(license))" } ?? license
    }

    private func render(_ finding: Finding) -> [String] {
        var lines = ["  \(mark(finding.status))  \(finding.message)"]
        let detail = "      "
        lines.append(detail + style.dim("\(finding.ruleId) · \(finding.category.rawValue) · \(finding.severity.rawValue) · \(finding.reference)"))
        for evidence in finding.evidence.prefix(6) {
            var text = evidence.path.isEmpty ? "(bundle)" : evidence.path
            if let line = evidence.line { text += ":\(line)" }
            if let excerpt = evidence.excerpt, !excerpt.isEmpty { text += "  “\(excerpt.count > 100 ? String(excerpt.prefix(97)) + "…" : excerpt)”" }
            lines.append(detail + "at " + text)
        }
        switch finding.status {
        case .fail: lines.append(detail + style.bold("fix: ") + finding.remediation)
        case .needsReview: if let question = finding.question { lines.append(detail + style.bold("question: ") + question) }
        case .waived: if let waiver = finding.waiver { lines.append(detail + "waived by \(waiver.approvedBy) until \(waiver.expires): \(waiver.reason)") }
        case .pass: break
        }
        return lines
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

/// Findings grouped by license in report order, the general checks last.
public enum FindingGroups {
    public struct Group: Sendable {
        public let license: String?
        public let findings: [Finding]
    }

    public static func of(_ findings: [Finding]) -> [Group] {
        var order: [String?] = []
        var byLicense: [String?: [Finding]] = [:]
        for finding in findings {
            if byLicense[finding.license] == nil { order.append(finding.license) }
            byLicense[finding.license, default: []].append(finding)
        }
        return order.map { Group(license: $0, findings: byLicense[$0] ?? []) }
    }
}
