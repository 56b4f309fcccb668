/// The model card that describes the release, and where it is.
public struct ReleaseCard: Sendable, Equatable {
    /// The card's path.
    public var path: String
    /// Its front matter and title.
    public var info: ModelCardInfo

    /// Creates a card reference.
    public init(path: String, info: ModelCardInfo) {
        self.path = path
        self.info = info
    }

    /// The release's card among `artifacts` (indexed by `index`): a parsed model card outside nested
    /// archives, `README.md` first, then `MODEL_CARD.md` (or `model-card…`, `modelcard…`), then any other.
    public static func find(in artifacts: [Artifact], index: ArtifactIndex) -> ReleaseCard? {
        let cards = index.positions(of: .modelCard).map { artifacts[$0] }.filter {
            $0.metadata?.modelCard != nil && !$0.location.isNested
        }
        let ranked = cards.enumerated().map { (rank: rank($0.element.path), order: $0.offset, card: $0.element) }
        let preferred = ranked.min { ($0.rank, $0.order) < ($1.rank, $1.order) }?.card
        guard let preferred, let info = preferred.metadata?.modelCard else { return nil }
        return ReleaseCard(path: preferred.path, info: info)
    }

    private static func rank(_ path: String) -> Int {
        let name = path.lowercased()
        if name == "readme.md" { return 0 }
        if name.hasPrefix("model_card") || name.hasPrefix("model-card") || name.hasPrefix("modelcard") { return 1 }
        return 2
    }
}
