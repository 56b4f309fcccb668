/// How the release relates to the models it derives from: as its card declares it, and as its
/// files show it.
public struct BaseModelRelation: Sendable, Equatable {
    /// The card's `base_model_relation`, as written (`finetune`, `quantized`, `adapter`, `merge`).
    public var declared: String?
    /// What the files show: `adapter` (an adapter config or adapter weights), `merge` (the card names
    /// two or more base models) or `quantized` (GGUF weights and no full-precision copy: a
    /// fine-tune that ships quantizations of itself is still a fine-tune); nil otherwise.
    public var shown: String?

    /// Creates a relation.
    public init(declared: String? = nil, shown: String? = nil) {
        self.declared = declared
        self.shown = shown
    }

    /// The relation of a release with this card, these artifacts (indexed by `index`) and these
    /// copies of the weights.
    public init(card: ReleaseCard?, artifacts: [Artifact], index: ArtifactIndex, variants: [WeightVariant] = []) {
        declared = card?.info.baseModelRelation
        if !index.positions(of: .adapter).isEmpty
            || index.withMetadata.contains(where: { artifacts[$0].metadata?.adapterConfig != nil })
        {
            shown = "adapter"
        } else if (card?.info.baseModels.count ?? 0) >= 2 {
            shown = "merge"
        } else if index.positions(of: .weights).contains(where: { artifacts[$0].format == .gguf }),
            variants.allSatisfy(\.isQuantized)
        {
            shown = "quantized"
        }
    }

    /// The declared relation, else the one the files show.
    public var effective: String? { declared ?? shown }
}
