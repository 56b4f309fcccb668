/// The obligations checklist for legal review (`clearance checklist`, `--format markdown`):
/// GitHub-flavoured Markdown written for a reviewer who has never seen the tool.
public struct ChecklistReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) -> String {
        let profile = ReleaseProfile(input)
        var lines = ChecklistHeader(input: input, profile: profile).lines()
        lines += ChecklistSummary(input: input, profile: profile).lines()
        for group in FindingGroups.of(input.report.findings, licenses: input.upstreamLicenses) {
            lines += ObligationSection(group: group, input: input).lines()
        }
        if let openness = input.report.openness { lines += OpennessSection(profile: openness).lines() }
        lines += FactsSection(input: input).lines()
        lines += InventorySection(input: input).lines()
        lines += SignOffSection.lines(digest: input.report.subject.sha256)
        lines.append(
            "*Prepared by \(input.report.tool.name) \(MarkdownText.inline(input.report.tool.version)) from the policy packs named above. It records what the release files and the declared facts show; it is not legal advice.*"
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
