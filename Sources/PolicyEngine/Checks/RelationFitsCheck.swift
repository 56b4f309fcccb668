import BundleModel

/// The card's `base_model_relation` fits what ships: GGUF files are quantizations, PEFT
/// adapters are adapters, several base models are a merge (`Manifest.relation`).
public struct RelationFitsCheck: Check {
    static let kind = CheckKind.relationFits

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let declared = context.manifest.relation.declared?.lowercased()
        guard let card = context.bundle.card, let relation = declared else { return [] }
        let evidence = [Evidence(path: card.path, excerpt: "base_model_relation: \(relation)")]
        guard let expected = context.manifest.relation.shown, expected != relation else {
            return [context.finding(.pass, Message.fits(relation), evidence: evidence)]
        }
        return [context.finding(.fail, Message.misfits(relation, expected), evidence: evidence)]
    }

    /// The relation the files show.
    func remedies(_ context: RuleContext) -> [Remedy] {
        context.manifest.relation.shown.map { [.cardRelation($0)] } ?? []
    }
}

// MARK: - Messages

extension RelationFitsCheck {
    fileprivate enum Message {
        static func fits(_ relation: String) -> String {
            "base_model_relation \(relation) fits the artifacts."
        }

        static func misfits(_ relation: String, _ expected: String) -> String {
            "base_model_relation is \(relation), but the artifacts suggest \(expected)."
        }
    }
}
