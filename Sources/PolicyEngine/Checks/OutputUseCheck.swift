import BundleModel

/// Outputs of the licensed models may not improve models outside the license's family.
struct OutputUseCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let upstream = context.upstream else { return [] }
        let allowed = Set(context.check.allowedFamilies ?? [])
        let weightsLicenses = Set(context.lineage.upstreams.filter { $0.reach == .weights }.map(\.id))
        if upstream.reach == .outputs {
            let evidence = context.lineage.baseModels.filter { $0.reach == .outputs && $0.licenses.contains(upstream.id) }.map(\.evidence)
            if !weightsLicenses.isDisjoint(with: allowed) {
                return [context.finding(.pass, "The model trained on \(upstream.id) outputs is itself a derivative of \(weightsLicenses.intersection(allowed).sorted().joined(separator: ", ")), which the license allows.", evidence: evidence)]
            }
            return [context.finding(.fail, "The model was trained on outputs of \(upstream.models.joined(separator: ", ")) (\(upstream.id)), but it is not a derivative of that family: the license forbids using its outputs to improve other models.", evidence: evidence)]
        }
        guard let declared = context.facts.facts.model?.trainedOnOutputsOf else {
            return [context.finding(.needsReview, "The facts do not say whether outputs of \(upstream.id) models were used to train other models.",
                                    question: "Were outputs of the \(upstream.id) models used to train or improve any model outside that family? List the models whose outputs trained this release in the facts file as model.trainedOnOutputsOf.")]
        }
        return [context.finding(.pass, "The facts list the models whose outputs trained the release; none puts \(upstream.id) outputs into a model outside the family.",
                                evidence: context.factEvidence("model.trainedOnOutputsOf", declared.joined(separator: ", ")))]
    }
}
