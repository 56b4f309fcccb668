import BundleModel

/// When the upstream release ships a NOTICE file, its attribution notices are carried over.
struct UpstreamNoticeCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let upstream = context.upstream else { return [] }
        let entries = upstream.models.compactMap { context.policies.registry.entry(for: $0) }
        let notices = context.bundle.artifacts(.notice).map { Evidence(path: $0.path) }
        if !entries.isEmpty, entries.allSatisfy({ $0.upstreamNotice == false }) {
            return [context.finding(.pass, "The upstream release (\(upstream.models.joined(separator: ", "))) ships no NOTICE file, so there are no notices to carry over.")]
        }
        if entries.contains(where: { $0.upstreamNotice == true }), notices.isEmpty {
            return [context.finding(.fail, "The upstream release ships a NOTICE file, but this release has none.")]
        }
        let subject = upstream.models.isEmpty ? "the upstream work" : upstream.models.joined(separator: ", ")
        return [context.finding(.needsReview, "Whether \(subject) ships a NOTICE file whose attribution notices must be carried over is not known.", evidence: notices,
                                question: "Does \(subject) ship a NOTICE file? If so, does this release reproduce its attribution notices in a NOTICE file, its documentation, or a display?")]
    }
}
