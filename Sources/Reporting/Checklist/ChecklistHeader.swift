import BundleModel

/// The checklist's title and the particulars that tie it to one release: the bundle and its
/// digest, when and by what it was prepared, and which policies, facts and waivers it used.
struct ChecklistHeader {
    let input: ReportInput
    let profile: ReleaseProfile

    func lines() -> [String] {
        let report = input.report
        var lines = [
            "# License obligations checklist: \(MarkdownText.inline(profile.name))",
            "",
            "This checklist lists every obligation that the licenses of the models this release derives from attach to publishing it, and whether each is met. Ticked items are met, with the evidence quoted. Open items are either violated (with the exact remedy), accepted by a waiver, or questions that only a person can answer (with the fact that decides them). It was prepared by an automated check of the release files and is meant for the reviewer who signs off at the end.",
            "",
            "- **Release:** \(MarkdownText.code(report.subject.path)) (\(report.subject.format.rawValue))",
            "- **SHA-256 of the release file:** " + digest,
            "- **Prepared:** \(ReportDate.minutes(input.date)) by \(report.tool.name) \(MarkdownText.inline(report.tool.version))",
            "- **Policy packs:** " + packs,
            "- **Facts:** " + facts,
            "- **Waivers:** " + (input.waiversFile.map { MarkdownText.code($0) } ?? "none"),
            "",
        ]
        if report.subject.format == .directory {
            let how = hasFileDigests ? " by SHA-256" : " (run with `--hash` to add the SHA-256 of every file)"
            lines += [
                "A directory has no single digest; the artifact inventory below identifies the release file by file\(how).",
                "",
            ]
        }
        return lines
    }

    private var digest: String {
        if let sha256 = input.report.subject.sha256 { return MarkdownText.code(sha256) }
        if input.report.subject.format == .directory {
            return "not applicable: the release is a directory, not a single file"
        }
        return "not computed"
    }

    private var hasFileDigests: Bool {
        input.report.artifacts.contains { $0.sha256 != nil }
    }

    private var packs: String {
        let used = input.upstreamLicenses.compactMap { input.policies.packs[$0] }
        let listed = used.map {
            "\(MarkdownText.inline($0.license.name)) (\(MarkdownText.code($0.license.id))), version \(MarkdownText.inline($0.license.version))"
        }
        let origin =
            input.policies.origin == "built-in"
            ? "built into \(input.report.tool.name) \(input.report.tool.version)"
            : "from \(MarkdownText.code(input.policies.origin))"
        return (listed.isEmpty ? "general checks only" : listed.joined(separator: "; ") + "; and the general checks")
            + ", \(origin)"
    }

    private var facts: String {
        guard let source = input.facts.source else { return "none declared" }
        switch EvidencePlace(Evidence(path: source), input: input) {
        case .bundleFile(let path): return "\(MarkdownText.code(path)) inside the release"
        case .bundle, .outside: return MarkdownText.code(source)
        }
    }
}
