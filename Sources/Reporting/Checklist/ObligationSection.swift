import BundleModel
import PolicyEngine

/// The obligations of one upstream license (or the checks that belong to no license): what the
/// license is, why it applies, and every obligation as a checklist item.
struct ObligationSection {
    let group: FindingGroups.Group
    let input: ReportInput

    func lines() -> [String] {
        var lines = [heading, ""]
        if let license = group.license {
            lines += about(license)
        } else {
            lines.append(
                "Checks that belong to no license: that the release is complete and safe to load, and that its license metadata is coherent."
            )
            lines.append("")
        }
        if group.findings.isEmpty {
            lines.append("No obligation of this license was evaluated for this release.")
        } else {
            lines += group.findings.flatMap { ObligationItem(finding: $0, input: input).lines() }
        }
        lines.append("")
        return lines
    }

    private var heading: String {
        guard let license = group.license else { return "## " + MarkdownText.inline(FindingGroups.generalTitle) }
        let name = input.licenseName(license)
        return "## "
            + (name == license
                ? MarkdownText.code(license) : "\(MarkdownText.inline(name)) (\(MarkdownText.code(license)))")
    }

    /// The version and text of the license, and how it reaches the release.
    private func about(_ license: String) -> [String] {
        var lines: [String] = []
        if let pack = input.policies.pack(named: license) {
            lines.append(
                "Version \(MarkdownText.inline(pack.license.version)) · \(MarkdownText.link(label: "published text", url: pack.license.url))"
            )
            lines.append("")
        }
        if let upstream = input.lineage.upstream(license) {
            let reach =
                upstream.reach == .outputs
                ? "The release was trained on outputs of models under this license"
                : "The release derives from models under this license"
            lines.append("\(reach). How this was determined:")
            lines +=
                upstream.lineage.isEmpty
                ? upstream.chain.map { "- " + MarkdownText.inline($0) } : upstream.lineage.map(Self.link)
        } else {
            lines.append(
                "This license is not an upstream license of the release; the items below concern it nonetheless.")
        }
        lines.append("")
        return lines
    }

    /// `- meta-llama/Llama-3.1-8B — technical evidence (strong): config.json line 2, “LlamaForCausalLM, vocab 128256 …”`.
    static func link(_ link: LineageLink) -> String {
        let places = link.evidence.map { evidence in
            let line = evidence.line.map { " line \($0)" } ?? ""
            let excerpt = evidence.excerpt.map { ", “\(MarkdownText.inline($0))”" } ?? ""
            return "\(MarkdownText.code(evidence.path))\(line)\(excerpt)"
        }
        return
            "- \(MarkdownText.inline(link.model)) — \(link.basis.rawValue) evidence (\(link.strength.rawValue)): \(places.joined(separator: "; "))"
    }
}
