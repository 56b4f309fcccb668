import BundleModel

/// Resolves which upstream licenses bind a release from the evidence of its files: what they
/// declare (card, GGUF, adapter, merge, quantization and pipeline configs, `_name_or_path`, a
/// Modelfile, the facts), what the card and names state, and what the configs, tokenizer and
/// tensor shapes are. A release's declared license is what it claims, never its upstream.
struct LineageResolver {
    let policies: PolicySet

    func resolve(_ manifest: Manifest, facts: FactSheet) -> Lineage {
        resolve(ManifestView(manifest: manifest), facts: facts)
    }

    /// Resolves the lineage of the manifest `bundle` views.
    func resolve(_ bundle: ManifestView, facts: FactSheet) -> Lineage {
        let manifest = bundle.manifest
        let references = ReferenceResolver(policies: policies, facts: facts)
        let bases = BaseModelCollector(registry: policies.registry).collect(bundle, facts: facts)
        let stated = StatedLineageCollector(resolver: references, bundle: bundle)
        let declaredClues = DeclaredLineageCollector(resolver: references, bundle: bundle, facts: facts).collect().clues
        let technical = TechnicalLineageCollector(table: policies.baseModels, bundle: bundle).collect()
        let clues = LineageChecks(table: policies.baseModels, bundle: bundle, fromScratch: stated.fromScratchEvidence())
            .adjust(
                VariantLineage(table: policies.baseModels).adjust(
                    declaredClues + stated.prose() + technical + stated.names(root: Self.folderName(manifest))))
        let (bindings, questions) = LineageDecision(clues: clues).decide()
        var upstreams = UpstreamSet()
        for binding in bindings { upstreams.add(binding) }
        let found = upstreams.sorted
        let detected = DetectedLicenseCollector(policies: policies).collect(bundle)
        let derivative =
            !bases.isEmpty || !found.isEmpty || bundle.card?.info.baseModelRelation != nil
            || !bundle.adapterConfigs.isEmpty
        return Lineage(
            upstreams: FamilyMembers.resolve(found, detected: detected, policies: policies),
            declared: DeclaredLicenseCollector(policies: policies).collect(bundle),
            detected: detected,
            baseModels: bases,
            modelNames: ModelNameCollector.collect(bundle, facts: facts),
            isDerivative: derivative,
            multimodalEvidence: MultimodalEvidence.collect(bundle, bases: bases),
            questions: questions,
            shipsWeights: !bundle.index.positions(of: .weights).isEmpty
                || !bundle.index.positions(of: .adapter).isEmpty || !bundle.modelfiles.isEmpty
        )
    }

    /// The release's own folder name: the single top-level folder of an archive, or the folder checked.
    static func folderName(_ manifest: Manifest) -> String? {
        if let root = manifest.root { return root }
        guard manifest.subject.format == .directory else { return nil }
        return manifest.subject.path.split(separator: "/").last.map(String.init)
    }
}

/// Accumulates upstream licenses, merging the links of every clue that binds the same one.
private struct UpstreamSet {
    private var byID: [String: UpstreamLicense] = [:]

    mutating func add(_ binding: LineageDecision.Binding) {
        let id = binding.license
        var upstream = byID[id] ?? UpstreamLicense(id: id, reach: binding.reach, chain: [], evidence: [], models: [])
        if binding.reach == .weights { upstream.reach = .weights }
        let clue = binding.clue
        let option = binding.option
        let via = option.registryEntry.map { " → registry \($0)" } ?? ""
        let step =
            "\(clue.evidence.path)\(clue.evidence.line.map { ":\($0)" } ?? "") \(clue.evidence.excerpt ?? clue.basis.rawValue)\(via) → \(id)"
        if !upstream.chain.contains(step) { upstream.chain.append(step) }
        if !upstream.evidence.contains(clue.evidence) { upstream.evidence.append(clue.evidence) }
        if !upstream.models.contains(option.model) { upstream.models.append(option.model) }
        let link = LineageLink(
            model: option.model, basis: clue.basis, strength: clue.strength, evidence: [clue.evidence])
        if !upstream.lineage.contains(link) { upstream.lineage.append(link) }
        if let entry = option.registryEntry {
            let registry = LineageLink(
                model: option.model, basis: .registry, strength: .strong,
                evidence: [
                    Evidence(path: entry == "facts model.upstream" ? "facts" : "policies/registry.yml", excerpt: entry)
                ])
            if !upstream.lineage.contains(registry) { upstream.lineage.append(registry) }
        }
        byID[id] = upstream
    }

    var sorted: [UpstreamLicense] { byID.keys.sorted().compactMap { byID[$0] } }
}
