import BundleModel

/// Upstream licenses whose terms collide: CC BY, share-alike and copyleft licenses forbid added
/// restrictions (packs say so with `noAddedRestrictions`), while RAIL, Gemma, DeepSeek, Falcon and
/// Llama require use restrictions to travel downstream.
public struct UpstreamConflictCheck: Check {
    static let kind = CheckKind.upstreamConflict

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let ids = Set(context.lineage.upstreams.map(\.id))
        let noAddedRestrictions = ids.filter { context.policies.packs[$0]?.license.noAddedRestrictions == true }
        let open = noAddedRestrictions.sorted().joined(separator: ", ")
        let restricting = ids.filter { id in
            context.policies.packs[id]?.rules.contains { $0.check.kind == .useRestrictions } == true
        }
        guard !open.isEmpty else { return [] }
        guard !restricting.isEmpty else { return [context.finding(.pass, Message.noConflict(open))] }
        let evidence = context.lineage.upstreams
            .filter { noAddedRestrictions.contains($0.id) || restricting.contains($0.id) }.flatMap(\.evidence)
        let restrictingIDs = restricting.sorted().joined(separator: ", ")
        return [
            context.finding(
                .needsReview, Message.conflict(open, restrictingIDs), evidence: evidence,
                question: Message.ask(open, restrictingIDs))
        ]
    }
}

// MARK: - Messages

extension UpstreamConflictCheck {
    fileprivate enum Message {
        static func noConflict(_ open: String) -> String {
            "No upstream license requires use restrictions that \(open) would forbid."
        }

        static func conflict(_ open: String, _ restricting: String) -> String {
            """
            \(open) forbids additional restrictions, while \(restricting) requires use restrictions to bind \
            recipients.
            """
        }

        static func ask(_ open: String, _ restricting: String) -> String {
            """
            Can the release comply with both \(open) (no additional restrictions) and the use-restriction \
            pass-through of \(restricting)?
            """
        }
    }
}
