import BundleModel

/// The card's `base_model_relation` fits what ships: GGUF files are quantizations, PEFT
/// adapters are adapters, several base models are a merge.
struct RelationFitsCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let card = context.bundle.card, let relation = context.manifest.relation.declared?.lowercased() else { return [] }
        let evidence = [Evidence(path: card.path, excerpt: "base_model_relation: \(relation)")]
        guard let expected = context.manifest.relation.shown, expected != relation else {
            return [context.finding(.pass, "base_model_relation \(relation) fits the artifacts.", evidence: evidence)]
        }
        return [context.finding(.fail, "base_model_relation is \(relation), but the artifacts suggest \(expected).", evidence: evidence)]
    }
}
