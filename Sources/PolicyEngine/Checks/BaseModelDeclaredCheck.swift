import BundleModel

/// A derivative's card names its `base_model`, so the lineage can be followed.
public struct BaseModelDeclaredCheck: Check {
    static let kind = CheckKind.baseModelDeclared

    /// The check; it takes no parameters.
    public init() {}

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
        let modelLicenses = context.lineage.upstreams.filter {
            context.policies.packs[$0.id]?.license.permissive != true
        }
        guard !otherSources.isEmpty || !modelLicenses.isEmpty else { return [] }
        let evidence = otherSources.map(\.evidence) + modelLicenses.flatMap(\.evidence)
        return [
            context.finding(
                .fail, Message.undeclared(hasCard: card != nil, otherSources, modelLicenses),
                evidence: evidence)
        ]
    }

    /// The parents the weights metadata or an adapter declares, in the card. When only fingerprints
    /// or prose show the base, which of its repositories (base, Instruct …) is a person's choice:
    /// it is suggested, with the bases shown and their repositories.
    func remedies(_ context: RuleContext) -> [Remedy] {
        let lineage = CardLineage(context)
        guard !lineage.models.isEmpty else {
            let shown = CardLineage.shownBases(context)
            return shown.isEmpty ? [] : [.suggestion(Message.nameTheBase(shown))]
        }
        let relation = context.manifest.relation.declared == nil ? lineage.relation : nil
        return [.cardBaseModels(models: lineage.models, relation: relation)]
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

        static func undeclared(
            hasCard: Bool, _ sources: [BaseModelReference], _ licenses: [UpstreamLicense]
        )
            -> String
        {
            let reason =
                sources.isEmpty
                ? "its licenses (\(licenses.map(\.id).joined(separator: ", "))) show it derives from another model"
                : sources.map { "\($0.evidence.path) names \($0.reference)" }.joined(separator: ", ")
            let card = hasCard ? "The model card has no base_model" : "The release has no model card"
            return "\(card), although \(reason)."
        }

        static func nameTheBase(_ shown: [CardLineage.ShownBase]) -> String {
            let bases = shown.map { base in
                let places = base.evidence.map { "\($0.path)\($0.line.map { " line \($0)" } ?? "")" }
                return "\(base.model) at \(places.joined(separator: ", "))"
            }
            let repos = shown.flatMap(\.repositories)
            let choice = repos.isEmpty ? "" : " (one of \(repos.joined(separator: ", ")))"
            return """
                Set base_model in the card to the repository the weights were trained from\(choice) and \
                base_model_relation; fix does not choose: the files show \(bases.joined(separator: "; ")).
                """
        }
    }
}
