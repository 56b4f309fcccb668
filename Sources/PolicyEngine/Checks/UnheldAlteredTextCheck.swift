import BundleModel

/// The general pack's `license-text-intact`: a recognised license text that is altered is always
/// reported, also when no upstream license holds it to its text — a use policy with a paragraph
/// deleted shipped alone, the altered text of a license no pack encodes yet, a license of a
/// component that is no upstream. A text whose license is an upstream with its own
/// `license-text-intact` rule is left to that rule.
struct UnheldAlteredTextCheck {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let held = heldLicenseIDs(context)
        var recognised: [Evidence] = []
        var failures: [Finding] = []
        for artifact in context.bundle.artifactsWithLicenseMatches where artifact.kind != .modelCard {
            for match in artifact.licenseMatches ?? [] {
                guard let id = match.licenseID else { continue }
                recognised.append(Evidence(path: artifact.path, line: match.startLine))
                guard match.status == .altered, !held.contains(id) else { continue }
                failures.append(failure(match, id: id, in: artifact, context: context))
            }
        }
        guard failures.isEmpty else { return failures }
        guard !recognised.isEmpty else { return [] }
        let message = "Every recognised license text is canonical, or held to its text by its own license's rule."
        return [context.finding(.pass, message, evidence: recognised)]
    }

    /// The upstream licenses whose own `license-text-intact` rule runs (or asks) for this release.
    private func heldLicenseIDs(_ context: RuleContext) -> Set<String> {
        Set(
            context.lineage.upstreams.filter { upstream in
                context.policies.packs[upstream.id]?.rules.contains { rule in
                    let reachesRelease = upstream.reach == .weights || (rule.outputs ?? .skip) != .skip
                    return rule.check.kind == .licenseTextIntact && reachesRelease
                } == true
            }.map(\.id))
    }

    private func failure(_ match: LicenseMatch, id: String, in artifact: Artifact, context: RuleContext) -> Finding {
        let document = match.document == .agreement ? "the \(id) text" : "the \(id) use policy"
        let differences = match.differences.prefix(8)
        let places = differences.map(LicenseTextIntactCheck.describe).joined(separator: "; ")
        let evidence = differences.map { Evidence(path: artifact.path, line: $0.line, excerpt: $0.excerpt) }
        let unheld =
            if context.lineage.upstreams.isEmpty {
                "no upstream license was determined to hold it to"
            } else if context.lineage.upstream(id) != nil {
                "no policy pack holds \(id) to its text yet"
            } else {
                "\(id) is not an upstream license of this release"
            }
        let message = """
            \(artifact.path) (lines \(match.startLine)–\(match.endLine)) is an altered copy of \(document) \
            (\(Int(match.similarity * 100))% of the canonical text present): \(places); \(unheld).
            """
        let place = [Evidence(path: artifact.path, line: match.startLine)]
        return context.finding(.fail, message, evidence: evidence.isEmpty ? place : evidence)
    }
}
