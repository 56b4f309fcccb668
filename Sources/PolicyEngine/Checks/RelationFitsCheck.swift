import BundleModel

/// The card's `base_model_relation` fits what ships: GGUF files are quantizations, PEFT
/// adapters are adapters, several base models are a merge. The card describes the release's
/// main copy of the weights: a fine-tune that also ships quantizations of itself (a GGUF next
/// to its full-precision safetensors) is still a fine-tune.
struct RelationFitsCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let card = context.bundle.card, let relation = card.info.baseModelRelation?.lowercased() else { return [] }
        let evidence = [Evidence(path: card.path, excerpt: "base_model_relation: \(relation)")]
        var expected: String?
        if !context.bundle.adapterConfigs.isEmpty { expected = "adapter" }
        else if card.info.baseModels.count >= 2 { expected = "merge" }
        else if !context.bundle.ggufFiles.isEmpty, !context.manifest.variants.contains(where: { !$0.isQuantized }) {
            expected = "quantized"
        }
        guard let expected, expected != relation else {
            return [context.finding(.pass, "base_model_relation \(relation) fits the artifacts.", evidence: evidence)]
        }
        return [context.finding(.fail, "base_model_relation is \(relation), but the artifacts suggest \(expected).", evidence: evidence)]
    }
}
