import BundleModel

/// Resolves family identifiers (`gpl`, `cc`) to the member whose text the release ships: that
/// member binds the release too, beside the family's own question.
enum FamilyMembers {
    static func resolve(
        _ upstreams: [UpstreamLicense], detected: [DetectedLicense], policies: PolicySet
    ) -> [UpstreamLicense] {
        var byID = Dictionary(upstreams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for family in upstreams {
            guard let members = policies.packs[family.id]?.license.members else { continue }
            for text in detected where text.document == .agreement && members.contains(text.id) {
                var member =
                    byID[text.id]
                    ?? UpstreamLicense(
                        id: text.id, reach: family.reach, chain: [], evidence: [],
                        models: [])
                let step = "\(family.id) is a family; \(text.evidence.path) is the \(text.id) text → \(text.id)"
                if !member.chain.contains(step) { member.chain += family.chain + [step] }
                if !member.evidence.contains(text.evidence) { member.evidence.append(text.evidence) }
                for model in family.models where !member.models.contains(model) { member.models.append(model) }
                for link in family.lineage where !member.lineage.contains(link) { member.lineage.append(link) }
                if family.reach == .weights { member.reach = .weights }
                byID[text.id] = member
            }
        }
        return byID.keys.sorted().compactMap { byID[$0] }
    }
}
