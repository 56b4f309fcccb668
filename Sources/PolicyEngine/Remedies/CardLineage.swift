import BundleModel

/// What the card's lineage metadata should say, from the resolved lineage: the models the release
/// derives from and how.
struct CardLineage {
    /// Base models a card may name without judgement: parents the weights metadata or an adapter
    /// declares, and `_name_or_path` references the registry knows (a bare `_name_or_path` is often
    /// the release's own repository).
    let models: [String]
    /// `base_model_relation` as the files show it: several parents are a merge.
    let relation: String?

    init(_ context: RuleContext) {
        let cardModels = context.bundle.card?.info.baseModels ?? []
        if !cardModels.isEmpty {
            models = cardModels
        } else {
            var seen: Set<String> = []
            models = context.lineage.baseModels.filter { base in
                base.reach == .weights && (!base.licenses.isEmpty || base.source != "_name_or_path")
            }.map(\.reference).filter { seen.insert($0).inserted }
        }
        let shown = context.manifest.relation.shown
        relation = models.count >= 2 && shown != "adapter" ? "merge" : shown
    }

    /// How the relation reads in a sentence: "fine-tuning", "quantization", …; nil for values the
    /// Hub does not define.
    static func modification(_ relation: String) -> String? {
        switch relation.lowercased() {
        case "finetune": "fine-tuning"
        case "quantized": "quantization"
        case "adapter": "training an adapter on it"
        case "merge": "merging"
        default: nil
        }
    }
}
