import BundleModel

/// When the upstream release ships a NOTICE file, its attribution notices are carried over.
public struct UpstreamNoticeCheck: Check {
    static let kind = CheckKind.upstreamNotice

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let upstream = context.upstream else { return [] }
        let entries = upstream.models.compactMap { context.policies.registry.entry(for: $0) }
        let notices = context.bundle.artifacts(.notice).map { Evidence(path: $0.path) }
        if !entries.isEmpty, entries.allSatisfy({ $0.upstreamNotice == false }) {
            return [context.finding(.pass, Message.noUpstreamNotice(upstream.models.joined(separator: ", ")))]
        }
        if entries.contains(where: { $0.upstreamNotice == true }), notices.isEmpty {
            return [context.finding(.fail, Message.notCarried)]
        }
        let subject = upstream.models.isEmpty ? "the upstream work" : upstream.models.joined(separator: ", ")
        return [
            context.finding(
                .needsReview, Message.unknown(subject), evidence: notices,
                question: Message.ask(subject))
        ]
    }
}

// MARK: - Messages

extension UpstreamNoticeCheck {
    fileprivate enum Message {
        static func noUpstreamNotice(_ models: String) -> String {
            "The upstream release (\(models)) ships no NOTICE file, so there are no notices to carry over."
        }

        static let notCarried = "The upstream release ships a NOTICE file, but this release has none."

        static func unknown(_ subject: String) -> String {
            "Whether \(subject) ships a NOTICE file whose attribution notices must be carried over is not known."
        }

        static func ask(_ subject: String) -> String {
            """
            Does \(subject) ship a NOTICE file? If so, does this release reproduce its attribution notices \
            in a NOTICE file, its documentation, or a display?
            """
        }
    }
}
