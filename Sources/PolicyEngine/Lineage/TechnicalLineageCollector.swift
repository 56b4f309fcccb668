import BundleModel

/// Clues from what a release's files are rather than what they say: the config's (or GGUF
/// header's) architecture numbers against the base-model table, the tokenizer's special tokens,
/// the token-embedding shape, and a diffusion UNet's cross-attention width.
struct TechnicalLineageCollector {
    let table: BaseModelTable
    let bundle: ManifestView

    /// The tokenizers the release's `tokenizer_config.json` matches, with its evidence.
    var tokenizerMatches: (ids: Set<String>, evidence: Evidence)? {
        for artifact in bundle.artifactsWithMetadata {
            guard let tokenizer = artifact.metadata?.tokenizerConfig else { continue }
            let ids = Set(table.tokenizers.filter { TokenizerMatch.matches($0, tokenizer) }.map(\.id))
            guard !ids.isEmpty else { continue }
            let shown = (tokenizer.specialTokens ?? []).filter { $0.id >= 100 }.prefix(3).map(\.content).joined(
                separator: ", ")
            return (ids, Evidence(path: artifact.path, excerpt: "special tokens \(shown)"))
        }
        return nil
    }

    func collect() -> [LineageClue] {
        var clues: [LineageClue] = []
        let tokenizers = tokenizerMatches
        for (path, config) in bundle.modelConfigs where !DiffusersComponents.isTextEncoder(path: path, config: config) {
            if let shape = ModelShape(config: config, path: path) {
                clues += shapeClues(shape, tokenizers: tokenizers, gguf: false)
            }
        }
        for (path, gguf) in bundle.ggufFiles {
            if let shape = ModelShape(gguf: gguf, path: path) {
                clues += shapeClues(shape, tokenizers: tokenizers, gguf: true)
            }
        }
        if clues.isEmpty, let tokenizers {
            clues += tokenizerClue(tokenizers.ids, evidence: tokenizers.evidence)
        }
        if clues.isEmpty { clues += embeddingClues() }
        clues += DiffusionLineage(table: table, bundle: bundle).clues()
        return clues
    }

    /// Matches a shape against every base: the closest bases of the same shape and vocabulary are a
    /// strong clue; a base with the same shape but another vocabulary, or only the same tokenizer,
    /// a weak one.
    private func shapeClues(
        _ shape: ModelShape, tokenizers: (ids: Set<String>, evidence: Evidence)?, gguf: Bool
    )
        -> [LineageClue]
    {
        var scored = table.bases.compactMap { base in shape.distance(to: base, gguf: gguf).map { (base, $0) } }
        if let tokenizers {
            let agreeing = scored.filter { $0.0.tokenizer.map(tokenizers.ids.contains) ?? false }
            if !agreeing.isEmpty { scored = agreeing }
        } else if let best = scored.map(\.1).min() {
            // Without tokenizer evidence a distill cannot be told from the base it shares a config
            // with: keep the base.
            let tied = scored.filter { $0.1 == best }
            if tied.contains(where: { !$0.0.version.lowercased().contains("distill") }) {
                scored = scored.filter { !($0.1 == best && $0.0.version.lowercased().contains("distill")) }
            }
        }
        var evidence = shape.evidence
        evidence.excerpt = shape.summary
        guard let best = scored.map(\.1).min() else {
            return shapeOnlyClue(shape, evidence: evidence)
        }
        var closest = scored.filter { $0.1 == best }.map(\.0)
        // Bases the table declares indistinguishable from the closest stay candidates: the numbers
        // that separate them are not ones a derivative keeps.
        let declared = Set(closest.flatMap { ($0.indistinguishableFrom ?? []).map(\.base) })
        closest += scored.map(\.0).filter { declared.contains($0.id) && !closest.contains($0) }
        closest = closest.withoutVariantsOfListedBases()
        if closest.contains(where: { $0.lookalike == true }) { return [] }
        // Far from every published config (another context length, no rope scaling, other
        // embeddings): the shape alone is weak.
        var clue = LineageClue(
            basis: .technical, strength: best <= 2 ? .strong : .weak, evidence: evidence,
            options: closest.map(Self.option))
        if best > 2 {
            clue.ambiguity =
                "\(evidence.path) has the shape of \(closest.map(\.displayName).joined(separator: " and ")) "
                + "but not its other settings"
        } else if closest.count > 1 {
            clue.ambiguity = "\(evidence.path) fits \(closest.map(\.displayName).joined(separator: " and ")) alike"
        }
        return [clue]
    }

    /// Same depth and width as a base, another vocabulary: weak.
    private func shapeOnlyClue(_ shape: ModelShape, evidence: Evidence) -> [LineageClue] {
        let sameShape = table.bases.filter { $0.lookalike != true && shape.sameShape($0.config) }
            .withoutVariantsOfListedBases()
        guard !sameShape.isEmpty else { return [] }
        var clue = LineageClue(
            basis: .technical, strength: .weak, evidence: evidence, options: sameShape.map(Self.option))
        clue.ambiguity =
            "\(evidence.path) has the depth and width of \(sameShape.map(\.displayName).joined(separator: ", ")) "
            + "but not its vocabulary"
        return [clue]
    }

    /// A tokenizer alone: weak, since models trained from scratch reuse tokenizers.
    private func tokenizerClue(_ ids: Set<String>, evidence: Evidence) -> [LineageClue] {
        let bases = table.bases.filter { $0.lookalike != true && ($0.tokenizer.map(ids.contains) ?? false) }
            .withoutVariantsOfListedBases()
        guard !bases.isEmpty else { return [] }
        var clue = LineageClue(basis: .technical, strength: .weak, evidence: evidence, options: bases.map(Self.option))
        clue.ambiguity =
            "\(evidence.path) has the tokenizer of \(Self.families(bases)), which models trained from scratch reuse"
        return [clue]
    }

    /// A token embedding `[vocabulary, hidden]` in a weights header: weak.
    private func embeddingClues() -> [LineageClue] {
        for artifact in bundle.artifactsWithMetadata {
            guard let shapes = artifact.metadata?.safetensors?.lineageShapes else { continue }
            for (name, shape) in shapes.sorted(by: { $0.key < $1.key })
            where shape.count == 2 && (name.hasSuffix("embed_tokens.weight") || name.hasSuffix("wte.weight")) {
                let bases = table.bases.filter {
                    $0.lookalike != true && $0.config["vocab_size"]?.number == Double(shape[0])
                        && $0.config["hidden_size"]?.number == Double(shape[1])
                }.withoutVariantsOfListedBases()
                guard !bases.isEmpty else { continue }
                var clue = LineageClue(
                    basis: .technical, strength: .weak,
                    evidence: Evidence(path: artifact.path, excerpt: "\(name) [\(shape[0]), \(shape[1])]"),
                    options: bases.map(Self.option))
                clue.ambiguity = "the embedding of \(artifact.path) has the shape of \(Self.families(bases))"
                return [clue]
            }
        }
        return []
    }

    static func option(_ base: BaseModelFingerprint) -> LineageOption {
        LineageOption(
            model: "\(base.displayName) (\(base.repos.first ?? base.id))", licenses: base.licenses, baseID: base.id)
    }

    static func families(_ bases: [BaseModelFingerprint]) -> String {
        var names: [String] = []
        for base in bases where !names.contains(base.displayName) { names.append(base.displayName) }
        return names.count > 4 ? names.prefix(4).joined(separator: ", ") + " …" : names.joined(separator: ", ")
    }
}

/// Whether a release's tokenizer config is one of the table's tokenizers: its distinctive special
/// tokens (ids past the first hundred, or chat markers) appear at their ids, and none of them
/// is something else there.
enum TokenizerMatch {
    static func matches(_ tokenizer: TokenizerFingerprint, _ release: TokenizerConfigInfo) -> Bool {
        let tokens = release.specialTokens ?? []
        let byID = Dictionary(
            tokens.filter { $0.id >= 0 }.map { ($0.id, $0.content) }, uniquingKeysWith: { first, _ in first })
        let distinctive = tokenizer.tokens.filter {
            $0.id >= 100 || $0.content.contains("|") || $0.content.contains("｜") || $0.content.contains("turn")
        }
        guard !distinctive.isEmpty else { return false }
        var agreeing = 0
        for token in distinctive {
            guard let content = byID[token.id] else { continue }
            guard content == token.content else { return false }
            agreeing += 1
        }
        let markers = Set(release.chatMarkers ?? []).intersection(tokenizer.chat ?? []).count
        return agreeing >= min(2, distinctive.count) || (agreeing >= 1 && markers >= 1)
    }
}
