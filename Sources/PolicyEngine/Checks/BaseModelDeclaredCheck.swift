import BundleModel

/// A derivative's card names its `base_model`, so the lineage can be followed.
struct BaseModelDeclaredCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let cardBases = context.bundle.card?.info.baseModels ?? []
        if !cardBases.isEmpty {
            return [context.finding(.pass, "The card names its base model: \(cardBases.joined(separator: ", ")).", evidence: context.bundle.card.map { [Evidence(path: $0.path)] } ?? [])]
        }
        let weightsBases = context.lineage.baseModels.filter { $0.source.hasPrefix("general.base_model") || $0.source == "__metadata__.base_model" }
        if context.bundle.card == nil, !weightsBases.isEmpty {
            // A lone weights file has no card; GGUF general.base_model (or a safetensors
            // __metadata__.base_model) is where it declares its parents.
            return [context.finding(.pass, "The weights metadata names the base model: \(weightsBases.map(\.reference).joined(separator: ", ")).", evidence: weightsBases.map(\.evidence))]
        }
        let otherSources = context.lineage.baseModels.filter { $0.reach == .weights }
        let modelLicenses = context.lineage.upstreams.filter { context.policies.packs[$0.id]?.license.permissive != true }
        guard !otherSources.isEmpty || !modelLicenses.isEmpty else { return [] }
        let evidence = otherSources.map(\.evidence) + modelLicenses.flatMap(\.evidence)
        let reason = otherSources.isEmpty ? "its licenses (\(modelLicenses.map(\.id).joined(separator: ", "))) show it derives from another model"
            : "\(otherSources.map { "\($0.evidence.path) names \($0.reference)" }.joined(separator: ", "))"
        let card = context.bundle.card == nil ? "The release has no model card" : "The model card has no base_model"
        return [context.finding(.fail, "\(card), although \(reason).", evidence: evidence)]
    }
}
