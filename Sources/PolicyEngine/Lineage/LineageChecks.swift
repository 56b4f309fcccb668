import BundleModel

/// Weakens clues the release's own numbers contradict: a `_name_or_path` or a name whose base has
/// another shape than the config, and everything but the card's declarations when the card says
/// the model was trained from scratch (its config may still name what it was copied from).
struct LineageChecks {
    let table: BaseModelTable
    let bundle: ManifestView
    let fromScratch: Evidence?

    func adjust(_ clues: [LineageClue]) -> [LineageClue] {
        let shapes = bundle.modelConfigs.compactMap { ModelShape(config: $0.info, path: $0.path) }
        return clues.map { clue in
            var clue = clue
            let configBound = clue.checkedAgainst != nil || clue.basis == .technical
            if let fromScratch, configBound, clue.strength == .strong {
                clue.strength = .weak
                clue.ambiguity =
                    "the card says the model was not derived "
                    + "(\(fromScratch.path):\(fromScratch.line ?? 0) “\(fromScratch.excerpt ?? "")”)"
            }
            guard clue.strength == .strong, clue.basis != .technical, clue.fromName || clue.checkedAgainst != nil else {
                return clue
            }
            let against =
                clue.checkedAgainst.flatMap { path in shapes.first { $0.evidence.path == path } } ?? shapes.first
            guard let shape = against else { return clue }
            let bases = clue.options.compactMap { option in option.baseID.flatMap { table.base($0) } }
            guard !bases.isEmpty, bases.count == clue.options.count else { return clue }
            if bases.allSatisfy({ contradicts(shape, $0) }) {
                clue.strength = .weak
                clue.ambiguity =
                    "\(clue.evidence.excerpt ?? clue.evidence.path) names "
                    + "\(bases.map(\.displayName).joined(separator: ", ")), "
                    + "but \(shape.evidence.path) is \(shape.summary)"
            }
            return clue
        }
    }

    /// The config has another width or vocabulary than the base (a longer context, another rope
    /// scaling or repeated layers are a derivative's choices).
    private func contradicts(_ shape: ModelShape, _ base: BaseModelFingerprint) -> Bool {
        !shape.sameWidth(base)
    }
}
