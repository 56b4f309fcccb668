import BundleModel

/// Distributors domiciled in the listed countries get no rights to the license's multimodal models.
struct EUMultimodalCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let countries = Set(context.check.countries ?? [])
        guard context.lineage.isMultimodal else {
            return [context.finding(.pass, "No evidence that the model or its parents are multimodal (no vision_config, no multimodal base model), so the clause on multimodal models does not arise.")]
        }
        let evidence = context.lineage.multimodalEvidence + gating(context)
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

    private func gating(_ context: RuleContext) -> [Evidence] {
        guard let card = context.bundle.card, let flag = card.info.extraGatedEUDisallowed else { return [] }
        return [Evidence(path: card.path, excerpt: "extra_gated_eu_disallowed: \(flag)")]
    }
}
