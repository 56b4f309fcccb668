import BundleModel

/// Upstream licenses whose terms collide: CC-BY forbids added restrictions, while RAIL, Gemma,
/// DeepSeek, Falcon and Llama require use restrictions to travel downstream.
struct UpstreamConflictCheck: Check {
    static let noAddedRestrictions: Set<String> = ["cc-by-4.0", "cc-by-nc-4.0"]

    func evaluate(_ context: RuleContext) -> [Finding] {
        let ids = Set(context.lineage.upstreams.map(\.id))
        let open = ids.intersection(Self.noAddedRestrictions)
        let restricting = ids.filter { id in
            context.policies.packs[id]?.rules.contains { $0.check.kind == .useRestrictions } == true
        }
        guard !open.isEmpty else { return [] }
        guard !restricting.isEmpty else {
            return [context.finding(.pass, "No upstream license requires use restrictions that \(open.sorted().joined(separator: ", ")) would forbid.")]
        }
        let evidence = context.lineage.upstreams.filter { open.contains($0.id) || restricting.contains($0.id) }.flatMap(\.evidence)
        return [context.finding(.needsReview, "\(open.sorted().joined(separator: ", ")) forbids additional restrictions, while \(restricting.sorted().joined(separator: ", ")) requires use restrictions to bind recipients.", evidence: evidence,
                                question: "Can the release comply with both \(open.sorted().joined(separator: ", ")) (no additional restrictions) and the use-restriction pass-through of \(restricting.sorted().joined(separator: ", "))?")]
    }
}
