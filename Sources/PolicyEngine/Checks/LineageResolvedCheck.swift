import BundleModel

/// Some upstream license binds the release, and the path to it is known.
struct LineageResolvedCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let upstreams = context.lineage.upstreams
        guard !upstreams.isEmpty else {
            let unknown = context.lineage.baseModels.map { "\($0.reference) (\($0.evidence.path))" }
            let detail = unknown.isEmpty ? "no base model, declared license or license text was found" : "the base models \(unknown.joined(separator: ", ")) are not in the registry and no known license is declared or shipped"
            return [context.finding(.needsReview, "No upstream license could be determined: \(detail).", evidence: context.lineage.baseModels.map(\.evidence),
                                    question: "Which models does this release derive from, and under which licenses? Name them in the card's base_model and ship their license texts.")]
        }
        let chain = upstreams.flatMap(\.chain).joined(separator: "; ")
        return [context.finding(.pass, "Upstream licenses: \(upstreams.map(\.id).joined(separator: ", ")) (\(chain)).", evidence: upstreams.flatMap(\.evidence))]
    }
}
