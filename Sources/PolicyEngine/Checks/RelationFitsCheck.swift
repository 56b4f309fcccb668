import BundleModel

/// The card's `base_model_relation` fits what ships: GGUF files are quantizations, PEFT
/// adapters are adapters, several base models are a merge.
struct RelationFitsCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let card = context.bundle.card, let relation = card.info.baseModelRelation?.lowercased() else { return [] }
        let evidence = [Evidence(path: card.path, excerpt: "base_model_relation: \(relation)")]
        var expected: String?
        if !context.bundle.adapterConfigs.isEmpty { expected = "adapter" }
        else if card.info.baseModels.count >= 2 { expected = "merge" }
        else if !context.bundle.ggufFiles.isEmpty { expected = "quantized" }
        guard let expected, expected != relation else {
            return [context.finding(.pass, "base_model_relation \(relation) fits the artifacts.", evidence: evidence)]
        }
        return [context.finding(.fail, "base_model_relation is \(relation), but the artifacts suggest \(expected).", evidence: evidence)]
    }
}
