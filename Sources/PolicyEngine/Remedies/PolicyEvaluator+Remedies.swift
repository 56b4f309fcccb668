import BundleModel

extension PolicyEvaluator {
    /// The remedies of the rules that fail in `findings` (the findings of a check of `manifest`
    /// with `facts`, after answers and waivers: an accepted failure is not remedied), in
    /// evaluation order.
    public func remedies(for findings: [Finding], of manifest: Manifest, facts: FactSheet) -> [RuleRemedy] {
        let failing = Set(findings.filter { $0.status == .fail }.map { "\($0.license ?? "")\u{0}\($0.ruleId)" })
        let bundle = ManifestView(manifest: manifest)
        let lineage = LineageResolver(policies: policies).resolve(bundle, facts: facts)
        let claims = OpennessClaims.judged(manifest, lineage: lineage, policies: policies)
        func remedies(_ rule: PolicyRule, pack: PolicyPack?, upstream: UpstreamLicense?) -> [RuleRemedy] {
            guard failing.contains("\(pack?.license.id ?? "")\u{0}\(rule.id)") else { return [] }
            let context = RuleContext(
                rule: rule, pack: pack, upstream: upstream, bundle: bundle, lineage: lineage,
                facts: facts, policies: policies, claims: claims)
            return CheckCatalog.implementation(of: rule.check).remedies(context).map {
                RuleRemedy(ruleId: rule.id, license: pack?.license.id, remedy: $0)
            }
        }
        var found: [RuleRemedy] = []
        for upstream in lineage.upstreams {
            guard let pack = policies.packs[upstream.id] else { continue }
            // A license reaching the release through outputs only binds the rules that apply to outputs.
            for rule in pack.rules where upstream.reach == .weights || rule.outputs == .apply {
                found += remedies(rule, pack: pack, upstream: upstream)
            }
        }
        for rule in policies.general.rules {
            found += remedies(rule, pack: nil, upstream: nil)
        }
        return found
    }
}
