import BundleModel

/// Some upstream license binds the release, and the path to it is known.
public struct LineageResolvedCheck: Check {
    static let kind = CheckKind.lineageResolved

    func evaluate(_ context: RuleContext) -> [Finding] {
        let upstreams = context.lineage.upstreams
        guard !upstreams.isEmpty else {
            let bases = context.lineage.baseModels
            return [context.finding(.needsReview, Message.unresolved(bases), evidence: bases.map(\.evidence),
                                    question: Message.ask)]
        }
        return [context.finding(.pass, Message.resolved(upstreams), evidence: upstreams.flatMap(\.evidence))]
    }
}

// MARK: - Messages

extension LineageResolvedCheck {
    fileprivate enum Message {
        static func unresolved(_ bases: [BaseModelReference]) -> String {
            let unknown = bases.map { "\($0.reference) (\($0.evidence.path))" }.joined(separator: ", ")
            let detail = bases.isEmpty
                ? "no base model, declared license or license text was found"
                : "the base models \(unknown) are not in the registry and no known license is declared or shipped"
            return "No upstream license could be determined: \(detail)."
        }

        static let ask = """
            Which models does this release derive from, and under which licenses? \
            Name them in the card's base_model and ship their license texts.
            """

        static func resolved(_ upstreams: [UpstreamLicense]) -> String {
            let chain = upstreams.flatMap(\.chain).joined(separator: "; ")
            return "Upstream licenses: \(upstreams.map(\.id).joined(separator: ", ")) (\(chain))."
        }
    }
}
