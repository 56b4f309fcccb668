import BundleModel

/// Distributors domiciled in the listed countries get no rights to the license's multimodal models.
public struct EUMultimodalCheck: Check {
    static let kind = CheckKind.euMultimodal

    /// The countries whose domiciled distributors are not licensed.
    public var countries: [String]

    var problem: String? { countries.isEmpty ? Message.needsCountries : nil }

    var decidingFacts: [String] { ["distributor.domicile"] }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let multimodal = multimodalEvidence(context)
        guard !multimodal.isEmpty else { return [context.finding(.pass, Message.notMultimodal)] }
        let evidence = multimodal + gating(context)
        guard let domicile = context.facts.facts.distributor?.domicile else {
            return [
                context.finding(
                    .needsReview, Message.domicileUnknown, evidence: evidence,
                    question: Message.askDomicile(context.distributorName))
            ]
        }
        let all = evidence + context.factEvidence("distributor.domicile", domicile)
        if countries.contains(domicile) {
            return [context.finding(.fail, Message.excluded(domicile), evidence: all)]
        }
        return [context.finding(.pass, Message.outside(domicile), evidence: all)]
    }

    /// The clause covers the multimodal models included in the license: evidence comes from the
    /// registry entries of the upstream's base models, or — when the upstream is known only from a
    /// declaration or a license text — from the release's own configs and card.
    private func multimodalEvidence(_ context: RuleContext) -> [Evidence] {
        guard let upstream = context.upstream, !upstream.models.isEmpty else {
            return context.lineage.multimodalEvidence
        }
        return context.lineage.baseModels
            .filter { $0.multimodal && upstream.models.contains($0.reference) }
            .map { Evidence(path: $0.evidence.path, excerpt: "\($0.reference) is a multimodal model") }
    }

    private func gating(_ context: RuleContext) -> [Evidence] {
        guard let card = context.bundle.card, let flag = card.info.extraGatedEUDisallowed else { return [] }
        return [Evidence(path: card.path, excerpt: "extra_gated_eu_disallowed: \(flag)")]
    }
}

// MARK: - Messages

extension EUMultimodalCheck {
    fileprivate enum Message {
        static let needsCountries = "eu-multimodal needs 'countries'"

        static let notMultimodal = """
            No evidence that the licensed models this release derives from are multimodal, \
            so the clause on multimodal models does not arise.
            """

        static let domicileUnknown = "The model is multimodal and the distributor's domicile is not declared."

        static func askDomicile(_ who: String) -> String {
            """
            Is \(who) an individual domiciled in, or a company with its principal place of business in, \
            the European Union? Record distributor.domicile in the facts file.
            """
        }

        static func excluded(_ domicile: String) -> String {
            """
            The model is multimodal and the distributor is domiciled in \(domicile), in the European Union: \
            the license grants it no rights to the multimodal models.
            """
        }

        static func outside(_ domicile: String) -> String {
            "The model is multimodal; the distributor is domiciled in \(domicile), outside the European Union."
        }
    }
}
