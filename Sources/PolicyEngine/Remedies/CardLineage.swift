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

    /// A base the lineage shows by fingerprint or prose, with the repositories the base-model table
    /// gives it and where it was shown.
    struct ShownBase: Equatable {
        var model: String
        var repositories: [String]
        var evidence: [Evidence]
    }

    /// The bases the bound upstream licenses come from, shown by evidence other than the registry.
    static func shownBases(_ context: RuleContext) -> [ShownBase] {
        var shown: [ShownBase] = []
        for link in context.lineage.upstreams.flatMap(\.lineage) where link.basis != .registry {
            if let index = shown.firstIndex(where: { $0.model == link.model }) {
                shown[index].evidence += link.evidence.filter { !shown[index].evidence.contains($0) }
                continue
            }
            // The technical and stated collectors name a table base "<display name> (<first repository>)".
            let entry = context.policies.baseModels.bases.first {
                "\($0.displayName) (\($0.repos.first ?? $0.id))" == link.model
            }
            shown.append(ShownBase(model: link.model, repositories: entry?.repos ?? [], evidence: link.evidence))
        }
        return shown
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
