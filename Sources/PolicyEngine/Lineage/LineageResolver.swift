import BundleModel

/// Resolves which upstream licenses bind a release, from everything the bundle and the facts say.
struct LineageResolver {
    let policies: PolicySet

    func resolve(_ manifest: Manifest, facts: FactSheet) -> Lineage {
        let bundle = ManifestView(manifest: manifest)
        let bases = BaseModelCollector(registry: policies.registry).collect(bundle, facts: facts)
        let declared = DeclaredLicenseCollector(policies: policies).collect(bundle)
        let detected = DetectedLicenseCollector(policies: policies).collect(manifest)
        var upstreams = UpstreamSet()
        for base in bases {
            for license in base.licenses {
                upstreams.add(license, reach: base.reach, model: base.reference,
                              step: "\(base.evidence.path) \(base.source) \(base.reference) → registry → \(license)", evidence: base.evidence)
            }
        }
        let weightsResolved = bases.contains { $0.reach == .weights && !$0.licenses.isEmpty }
        let unresolvedBase = bases.contains { $0.reach == .weights && $0.licenses.isEmpty }
        if !weightsResolved || unresolvedBase {
            for license in declared {
                guard let id = license.id else { continue }
                upstreams.add(id, reach: .weights, model: nil, step: "\(license.evidence.path) declares \(license.value) → \(id)", evidence: license.evidence)
            }
            for license in detected where license.document == .agreement && license.artifactKind == .license {
                upstreams.add(license.id, reach: .weights, model: nil, step: "\(license.evidence.path) is the \(license.id) text", evidence: license.evidence)
            }
        }
        let derivative = !bases.isEmpty || bundle.card?.info.baseModelRelation != nil || !bundle.adapterConfigs.isEmpty
        return Lineage(
            upstreams: upstreams.sorted,
            declared: declared,
            detected: detected,
            baseModels: bases,
            modelNames: ModelNameCollector.collect(bundle, facts: facts),
            isDerivative: derivative,
            multimodalEvidence: MultimodalEvidence.collect(bundle, bases: bases)
        )
    }
}

/// Accumulates upstream licenses, merging evidence when several sources name the same one.
private struct UpstreamSet {
    private var byID: [String: UpstreamLicense] = [:]

    mutating func add(_ id: String, reach: UpstreamLicense.Reach, model: String?, step: String, evidence: Evidence) {
        var upstream = byID[id] ?? UpstreamLicense(id: id, reach: reach, chain: [], evidence: [], models: [])
        if reach == .weights { upstream.reach = .weights }
        if !upstream.chain.contains(step) { upstream.chain.append(step) }
        if !upstream.evidence.contains(evidence) { upstream.evidence.append(evidence) }
        if let model, !upstream.models.contains(model) { upstream.models.append(model) }
        byID[id] = upstream
    }

    var sorted: [UpstreamLicense] { byID.keys.sorted().compactMap { byID[$0] } }
}
