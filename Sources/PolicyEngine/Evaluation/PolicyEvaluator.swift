import BundleModel

/// Decides, for a manifest and the declared facts, which licenses bind the release and how each
/// of their obligations stands.
public struct PolicyEvaluator: Sendable {
    public let policies: PolicySet

    public init(policies: PolicySet) {
        self.policies = policies
    }

    /// Resolves the lineage and evaluates every rule that applies.
    public func evaluate(_ manifest: Manifest, facts: FactSheet) -> Evaluation {
        let bundle = ManifestView(manifest: manifest)
        let lineage = LineageResolver(policies: policies).resolve(bundle, facts: facts)
        let claims = OpennessClaims.judged(manifest, lineage: lineage, policies: policies)
        var findings: [Finding] = []
        for upstream in lineage.upstreams {
            guard let pack = policies.packs[upstream.id] else { continue }
            for rule in pack.rules {
                let context = RuleContext(
                    rule: rule, pack: pack, upstream: upstream, bundle: bundle, lineage: lineage, facts: facts,
                    policies: policies, claims: claims)
                findings += evaluate(rule, in: context, reach: upstream.reach)
            }
        }
        for rule in policies.general.rules {
            let context = RuleContext(
                rule: rule, pack: nil, upstream: nil, bundle: bundle, lineage: lineage, facts: facts,
                policies: policies, claims: claims)
            findings += CheckCatalog.implementation(of: rule.check).evaluate(context)
        }
        return Evaluation(
            lineage: lineage, findings: FindingOrder.sorted(findings, policies: policies),
            licenses: LicenseReferences.of(lineage), claims: claims, artifactIndex: bundle.index)
    }

    /// Evaluates one rule of the pack for a single bundle: for examples and `policies explain`.
    func evaluate(_ rule: PolicyRule, pack: PolicyPack?, manifest: Manifest, facts: FactSheet) -> [Finding] {
        let bundle = ManifestView(manifest: manifest)
        let lineage = LineageResolver(policies: policies).resolve(bundle, facts: facts)
        let upstream =
            pack.flatMap { lineage.upstream($0.license.id) }
            ?? pack.map { UpstreamLicense(id: $0.license.id, reach: .weights, chain: [], evidence: [], models: []) }
        let context = RuleContext(
            rule: rule, pack: pack, upstream: upstream, bundle: bundle, lineage: lineage,
            facts: facts, policies: policies,
            claims: OpennessClaims.judged(manifest, lineage: lineage, policies: policies))
        return evaluate(rule, in: context, reach: upstream?.reach ?? .weights)
    }

    private func evaluate(_ rule: PolicyRule, in context: RuleContext, reach: UpstreamLicense.Reach) -> [Finding] {
        guard reach == .outputs else { return CheckCatalog.implementation(of: rule.check).evaluate(context) }
        switch rule.outputs ?? .skip {
        case .skip:
            return []
        case .apply:
            return CheckCatalog.implementation(of: rule.check).evaluate(context)
        case .review:
            let models = context.upstream?.models.joined(separator: ", ") ?? "the upstream models"
            return [
                context.finding(
                    .needsReview,
                    "The release was trained on outputs of \(models); whether this obligation reaches such a model is a legal question.",
                    evidence: context.upstream?.evidence ?? [],
                    question:
                        "Does “\(rule.title)” apply to a model trained only on outputs of \(models)? (\(rule.clause))")
            ]
        }
    }
}

/// The result of evaluating a release.
public struct Evaluation: Sendable {
    public let lineage: Lineage
    /// Every finding, in a stable order: by license, then rule order in its pack.
    public let findings: [Finding]
    /// The licenses for the report: upstream, declared and detected.
    public let licenses: [LicenseReference]
    /// The card's openness claims, judged, in card order: what the `openness-claim` rule reports
    /// and the openness profile lists (`OpennessProfiler.profile(_:evaluation:facts:)`).
    public let claims: [OpennessClaim]
    /// The index of the evaluated manifest's artifacts, for the openness profile to reuse.
    let artifactIndex: ArtifactIndex
}
