extension Array where Element == BaseModelFingerprint {
    /// The bases without the variants (`variantOf`) of a base also listed: a fine-tune published with
    /// its base's config and tokenizer unchanged (TxGemma of Gemma 2) matches every number of the base,
    /// so technical evidence points to the base, and only a name, a card or shipped terms to the variant.
    func withoutVariantsOfListedBases() -> [BaseModelFingerprint] {
        let listed = Set(map(\.id))
        return filter { base in base.variantOf.map { !listed.contains($0) } ?? true }
    }
}
