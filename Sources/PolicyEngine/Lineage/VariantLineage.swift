/// Lets a release's declarations and names choose between a base and its variants (`variantOf`):
/// the numbers of TxGemma 9B are those of Gemma 2 9B, so technical evidence names the base, and
/// when the card, a config or a name points to the variant, the numbers support the variant instead
/// of binding the base beside it.
struct VariantLineage {
    let table: BaseModelTable

    func adjust(_ clues: [LineageClue]) -> [LineageClue] {
        var variantByBase: [String: BaseModelFingerprint] = [:]
        // Only a clue that names the variant alone decides for it.
        for option in clues.filter({ $0.basis != .technical && $0.options.count == 1 }).flatMap(\.options) {
            guard let variant = option.baseID.flatMap({ table.base($0) }), let base = variant.variantOf else {
                continue
            }
            if variantByBase[base] == nil { variantByBase[base] = variant }
        }
        guard !variantByBase.isEmpty else { return clues }
        return clues.map { clue in
            guard clue.basis == .technical else { return clue }
            var clue = clue
            clue.options = clue.options.map { option in
                guard let variant = option.baseID.flatMap({ variantByBase[$0] }) else { return option }
                return TechnicalLineageCollector.option(variant)
            }
            return clue
        }
    }
}
