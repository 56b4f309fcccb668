import BundleModel

/// Distributors domiciled in the listed countries get no rights to the license's multimodal models.
struct EUMultimodalCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let countries = Set(context.check.countries ?? [])
        let multimodal = multimodalEvidence(context)
        guard !multimodal.isEmpty else {
            return [context.finding(.pass, "No evidence that the licensed models this release derives from are multimodal, so the clause on multimodal models does not arise.")]
        }
        let evidence = multimodal + gating(context)
        guard let domicile = context.facts.facts.distributor?.domicile else {
            return [context.finding(.needsReview, "The model is multimodal and the distributor's domicile is not declared.", evidence: evidence,
                                    question: "Is \(context.distributorName) an individual domiciled in, or a company with its principal place of business in, the European Union? Record distributor.domicile in the facts file.")]
        }
        let all = evidence + context.factEvidence("distributor.domicile", domicile)
        if countries.contains(domicile) {
            return [context.finding(.fail, "The model is multimodal and the distributor is domiciled in \(domicile), in the European Union: the license grants it no rights to the multimodal models.", evidence: all)]
        }
        return [context.finding(.pass, "The model is multimodal; the distributor is domiciled in \(domicile), outside the European Union.", evidence: all)]
    }

    /// The clause covers the multimodal models included in the license: evidence comes from the
    /// registry entries of the upstream's base models, or — when the upstream is known only from a
    /// declaration or a license text — from the release's own configs and card.
    private func multimodalEvidence(_ context: RuleContext) -> [Evidence] {
        guard let upstream = context.upstream, !upstream.models.isEmpty else { return context.lineage.multimodalEvidence }
        return context.lineage.baseModels
            .filter { $0.multimodal && upstream.models.contains($0.reference) }
            .map { Evidence(path: $0.evidence.path, excerpt: "\($0.reference) is a multimodal model") }
    }

    private func gating(_ context: RuleContext) -> [Evidence] {
        guard let card = context.bundle.card, let flag = card.info.extraGatedEUDisallowed else { return [] }
        return [Evidence(path: card.path, excerpt: "extra_gated_eu_disallowed: \(flag)")]
    }
}
