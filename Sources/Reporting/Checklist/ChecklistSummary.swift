import BundleModel
import PolicyEngine

/// The summary in plain words: what is released, what it derives from and under which licenses,
/// what it declares, and what stands between it and publication.
struct ChecklistSummary {
    let input: ReportInput
    let profile: ReleaseProfile

    func lines() -> [String] {
        ["## Summary", ""] + released + [""] + derivesFrom + [""] + declared + [""] + blockers + [""]
    }

    private var released: [String] {
        var sentence = "**What is released.** \(MarkdownText.inline(profile.name)), \(profile.kindDescription)"
        if !profile.parents.isEmpty {
            sentence += " of " + profile.parents.map { MarkdownText.inline($0.reference) }.joined(separator: " and ")
        }
        let files = profile.artifacts.count
        sentence += ": \(files) \(files == 1 ? "file" : "files") (\(ByteCount.format(profile.totalSize)))"
        if let variants = VariantSummary.phrase(input.report.variants ?? []) {
            sentence += ", with the weights in \(variants)"
        }
        let adapters = profile.weights.filter { $0.kind == .adapter && !$0.location.isNested }
        if !adapters.isEmpty {
            let formats = Set(adapters.map(\.format.rawValue)).sorted().joined(separator: ", ")
            sentence += ", \(adapters.count == 1 ? "one adapter file" : "\(adapters.count) adapter files") (\(formats)"
            if let count = profile.adapterParameterCount { sentence += ", \(ParameterCount.format(count)) parameters" }
            sentence += ")"
        }
        return [sentence + "."]
    }

    private var derivesFrom: [String] {
        let upstreams = input.upstreamLicenses
        let questions = input.lineage.questions
        guard !profile.parents.isEmpty || !profile.teachers.isEmpty || !upstreams.isEmpty || !questions.isEmpty else {
            return [
                "**What it derives from.** Nothing in the release names a parent model, and no license that binds it could be determined. A reviewer must establish which models it derives from (see the first questions below)."
            ]
        }
        var lines = ["**What it derives from.**"]
        lines += profile.parents.map {
            "- \(MarkdownText.inline($0.reference)), named in \(place($0.evidence)) (\(MarkdownText.inline($0.source))): \(licenses($0.licenses))."
        }
        lines += profile.teachers.map {
            "- Trained on outputs of \(MarkdownText.inline($0.reference)), declared in \(place($0.evidence)): \(licenses($0.licenses))."
        }
        let named = Set(profile.parents.map(\.reference) + profile.teachers.map(\.reference))
        for upstream in input.lineage.upstreams {
            for link in upstream.lineage where link.basis == .technical || link.basis == .stated {
                guard !named.contains(link.model), let evidence = link.evidence.first else { continue }
                lines.append(
                    "- \(MarkdownText.inline(link.model)), by \(link.basis.rawValue) evidence (\(link.strength.rawValue)) in \(place(evidence)): \(licenses([upstream.id]))."
                )
            }
        }
        for question in questions {
            let candidates = question.candidates.map { "\(MarkdownText.inline($0.model)) (\(licenses($0.licenses)))" }
            lines.append(
                "- Undecided — \(MarkdownText.inline(question.reason)): \(candidates.joined(separator: " or ")); see the questions below."
            )
        }
        if upstreams.isEmpty {
            lines.append("")
            lines.append(
                "No license of these models is known to clearance, so no license obligations were checked: a reviewer must establish their licenses."
            )
        } else {
            lines.append("")
            lines.append(
                "The obligations of " + upstreams.map(licenseName).joined(separator: " and ")
                    + " therefore apply to this release.")
        }
        return lines
    }

    private var declared: [String] {
        let declared = input.lineage.declared
        guard !declared.isEmpty else { return ["**What the release declares.** Its metadata declares no license."] }
        let items = declared.map { "\(MarkdownText.code($0.value)) in \(place($0.evidence)) (\($0.source.rawValue))" }
        return ["**What the release declares.** " + items.joined(separator: "; ") + "."]
    }

    private var blockers: [String] {
        let findings = input.report.findings
        let blocking = findings.filter(input.blocks)
        let otherFailures = findings.filter { $0.status == .fail && !input.blocks($0) }
        let questions = findings.filter { $0.status == .needsReview }
        let waived = findings.filter { $0.status == .waived }
        var lines = ["**What blocks publication.**"]
        if blocking.isEmpty {
            lines.append("Nothing, under the configured gate (`--fail-on \(input.failOn.rawValue)`).")
        } else {
            lines.append("\(count(blocking.count, "obligation")) must be fixed first:")
            lines += blocking.map(bullet)
        }
        if !otherFailures.isEmpty {
            lines.append("")
            lines.append(
                "\(count(otherFailures.count, "further obligation")) \(otherFailures.count == 1 ? "is" : "are") not met, though \(otherFailures.count == 1 ? "it does" : "they do") not stop the check at this gate:"
            )
            lines += otherFailures.map(bullet)
        }
        if !questions.isEmpty {
            lines.append("")
            lines.append("\(count(questions.count, "question")) must be answered by a reviewer before publication:")
            lines += questions.map(bullet)
        }
        if !waived.isEmpty {
            lines.append("")
            lines.append("\(count(waived.count, "failure")) \(waived.count == 1 ? "is" : "are") accepted by a waiver:")
            lines += waived.map(bullet)
        }
        lines.append("")
        lines.append(verdict(blocking: blocking.count, questions: questions.count))
        return lines
    }

    private func verdict(blocking: Int, questions: Int) -> String {
        switch input.report.verdict {
        case .fail: "**Verdict: FAIL — do not publish the release as it is.**"
        case .review:
            "**Verdict: REVIEW — no violated obligation blocks publication; the questions above still need answers.**"
        case .pass: "**Verdict: PASS — every checked obligation is met or accepted.**"
        }
    }

    private func bullet(_ finding: Finding) -> String {
        let title = input.rule(for: finding)?.title ?? finding.message
        let license = finding.license.map { " (\(MarkdownText.code($0)))" } ?? ""
        return "- \(MarkdownText.inline(title))\(license) — \(MarkdownText.inline(finding.reference))"
    }

    private func licenses(_ ids: [String]) -> String {
        ids.isEmpty ? "license unknown to clearance" : "under " + ids.map(licenseName).joined(separator: " and ")
    }

    private func licenseName(_ id: String) -> String {
        let name = input.licenseName(id)
        return name == id ? MarkdownText.code(id) : "the \(MarkdownText.inline(name)) (\(MarkdownText.code(id)))"
    }

    private func place(_ evidence: Evidence) -> String {
        switch EvidencePlace(evidence, input: input) {
        case .bundle: "the release"
        case .bundleFile(let path): MarkdownText.code(path)
        case .outside(let path): "the facts file " + MarkdownText.code(path)
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number == 1 ? "One" : String(number)) \(noun)\(number == 1 ? "" : "s")"
    }
}
