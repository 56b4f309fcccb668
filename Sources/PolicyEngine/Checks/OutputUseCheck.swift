import BundleModel

/// Outputs of the licensed models may not improve models outside the license's family.
public struct OutputUseCheck: Check {
    static let kind = CheckKind.outputUse

    /// License ids whose models may be improved with the outputs.
    public var allowedFamilies: [String]

    var decidingFacts: [String] { ["model.trainedOnOutputsOf"] }

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let upstream = context.upstream else { return [] }
        let allowed = Set(allowedFamilies)
        let weightsLicenses = Set(context.lineage.upstreams.filter { $0.reach == .weights }.map(\.id))
        if upstream.reach == .outputs {
            let evidence = context.lineage.baseModels.filter {
                $0.reach == .outputs && $0.licenses.contains(upstream.id)
            }.map(\.evidence)
            if !weightsLicenses.isDisjoint(with: allowed) {
                let families = weightsLicenses.intersection(allowed).sorted().joined(separator: ", ")
                return [context.finding(.pass, Message.withinFamily(upstream.id, families), evidence: evidence)]
            }
            return [context.finding(.fail, Message.outsideFamily(upstream), evidence: evidence)]
        }
        guard let declared = context.facts.facts.model?.trainedOnOutputsOf else {
            return [context.finding(.needsReview, Message.undeclared(upstream.id), question: Message.ask(upstream.id))]
        }
        return [
            context.finding(
                .pass, Message.declared(upstream.id),
                evidence: context.factEvidence("model.trainedOnOutputsOf", declared.joined(separator: ", ")))
        ]
    }
}

// MARK: - Messages

extension OutputUseCheck {
    fileprivate enum Message {
        static func withinFamily(_ id: String, _ families: String) -> String {
            "The model trained on \(id) outputs is itself a derivative of \(families), which the license allows."
        }

        static func outsideFamily(_ upstream: UpstreamLicense) -> String {
            """
            The model was trained on outputs of \(upstream.models.joined(separator: ", ")) (\(upstream.id)), \
            but it is not a derivative of that family: the license forbids using its outputs to improve other models.
            """
        }

        static func undeclared(_ id: String) -> String {
            "The facts do not say whether outputs of \(id) models were used to train other models."
        }

        static func ask(_ id: String) -> String {
            """
            Were outputs of the \(id) models used to train or improve any model outside that family? \
            List the models whose outputs trained this release in the facts file as model.trainedOnOutputsOf.
            """
        }

        static func declared(_ id: String) -> String {
            """
            The facts list the models whose outputs trained the release; none puts \(id) outputs into a model \
            outside the family.
            """
        }
    }
}
