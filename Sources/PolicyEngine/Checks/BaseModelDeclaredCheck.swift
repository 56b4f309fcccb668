import BundleModel

/// A derivative's card names its `base_model`, so the lineage can be followed.
public struct BaseModelDeclaredCheck: Check {
    static let kind = CheckKind.baseModelDeclared

    func evaluate(_ context: RuleContext) -> [Finding] {
        let card = context.bundle.card
        let cardBases = card?.info.baseModels ?? []
        if let card, !cardBases.isEmpty {
            return [context.finding(.pass, Message.cardNames(cardBases), evidence: [Evidence(path: card.path)])]
        }
        let weightsBases = context.lineage.baseModels.filter {
            $0.source.hasPrefix("general.base_model") || $0.source == "__metadata__.base_model"
        }
        if card == nil, !weightsBases.isEmpty {
            // A lone weights file has no card; GGUF general.base_model (or a safetensors
            // __metadata__.base_model) is where it declares its parents.
            return [context.finding(.pass, Message.weightsName(weightsBases), evidence: weightsBases.map(\.evidence))]
        }
        let otherSources = context.lineage.baseModels.filter { $0.reach == .weights }
        let modelLicenses = context.lineage.upstreams.filter { context.policies.packs[$0.id]?.license.permissive != true }
        guard !otherSources.isEmpty || !modelLicenses.isEmpty else { return [] }
        let evidence = otherSources.map(\.evidence) + modelLicenses.flatMap(\.evidence)
        return [context.finding(.fail, Message.undeclared(hasCard: card != nil, otherSources, modelLicenses),
                                evidence: evidence)]
    }
}

// MARK: - Messages

extension BaseModelDeclaredCheck {
    fileprivate enum Message {
        static func cardNames(_ bases: [String]) -> String {
            "The card names its base model: \(bases.joined(separator: ", "))."
        }

        static func weightsName(_ bases: [BaseModelReference]) -> String {
            "The weights metadata names the base model: \(bases.map(\.reference).joined(separator: ", "))."
        }

        static func undeclared(hasCard: Bool, _ sources: [BaseModelReference], _ licenses: [UpstreamLicense])
            -> String {
            let reason = sources.isEmpty
                ? "its licenses (\(licenses.map(\.id).joined(separator: ", "))) show it derives from another model"
                : sources.map { "\($0.evidence.path) names \($0.reference)" }.joined(separator: ", ")
            let card = hasCard ? "The model card has no base_model" : "The release has no model card"
            return "\(card), although \(reason)."
        }
    }
}
