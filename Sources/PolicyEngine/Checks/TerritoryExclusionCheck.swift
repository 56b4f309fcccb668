import BundleModel

/// The license grants no rights in some territories: the release may be neither offered there
/// (`distribution.territories`) nor distributed by someone domiciled there (`distributor.domicile`).
/// `EU`, in the license's list or in the facts, stands for every member state.
public struct TerritoryExclusionCheck: Check {
    static let kind = CheckKind.territoryExclusion

    /// Where the license grants no rights: ISO 3166-1 alpha-2 codes, or `EU`.
    public var excluded: [String]
    /// Other exclusions set by other texts of the license, by the fingerprint that identifies the text.
    public var variants: [TerritoryVariant]?

    var problem: String? {
        if excluded.isEmpty { return Message.needsExcluded }
        let codes = excluded + (variants ?? []).flatMap(\.excluded)
        if let wrong = codes.first(where: { Countries.problem(with: $0, allowingEU: true) != nil }) {
            return Message.badCode(wrong)
        }
        return (variants ?? []).contains { $0.text.isEmpty } ? Message.variantNeedsText : nil
    }

    var decidingFacts: [String] { ["distribution.territories", "distributor.domicile"] }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let (codes, basis, textEvidence) = applicableExclusion(context)
        guard !codes.isEmpty else {
            return [context.finding(.pass, Message.worldwide(basis), evidence: textEvidence)]
        }
        let barred = Countries.countries(in: codes)
        let facts = context.facts.facts
        let territories = facts.distribution?.territories
        let domicile = facts.distributor?.domicile
        let evidence =
            context.factEvidence("distribution.territories", territories.map { $0.joined(separator: ", ") })
            + context.factEvidence("distributor.domicile", domicile) + textEvidence + gating(context)
        let listed = Self.listed(codes)
        var reasons: [String] = []
        if let territories {
            let inside = territories.filter { !Countries.countries(in: $0).isDisjoint(with: barred) }
            if !inside.isEmpty { reasons.append(Message.offeredIn(inside)) }
        }
        if let domicile, !Countries.countries(in: domicile).isDisjoint(with: barred) {
            reasons.append(Message.domiciledIn(domicile))
        }
        if !reasons.isEmpty {
            return [context.finding(.fail, Message.excluded(reasons, listed, basis), evidence: evidence)]
        }
        let missing = [("distribution.territories", territories == nil), ("distributor.domicile", domicile == nil)]
            .filter(\.1).map(\.0)
        if !missing.isEmpty {
            return [
                context.finding(
                    .needsReview, Message.undeclared(missing, listed, basis), evidence: evidence,
                    question: Message.ask(context.distributorName, missing, listed))
            ]
        }
        return [context.finding(.pass, Message.outside(listed, basis), evidence: evidence)]
    }

    /// The excluded territories of the license texts the release ships (their union, when it ships
    /// several), else the pack's default; with a sentence naming the text when it is a variant.
    private func applicableExclusion(_ context: RuleContext) -> ([String], String, [Evidence]) {
        guard let variants, !variants.isEmpty else { return (excluded, "", []) }
        let texts = LicenseTextVariants(context)
        let chosen = texts.identified.map { name in variants.first { $0.text == name } }
        guard !chosen.isEmpty, chosen.contains(where: { $0 != nil }) else { return (excluded, "", texts.evidence) }
        var codes: [String] = []
        for variant in chosen {
            for code in variant?.excluded ?? excluded where !codes.contains(code) { codes.append(code) }
        }
        return (codes, Message.judgedBy(texts.identified), texts.evidence)
    }

    /// The card's `extra_gated_eu_disallowed`, which blocks EU users of a gated repository but does
    /// not settle where the release is offered: evidence, not a fact.
    private func gating(_ context: RuleContext) -> [Evidence] {
        guard let card = context.bundle.card, let flag = card.info.extraGatedEUDisallowed else { return [] }
        return [Evidence(path: card.path, excerpt: "extra_gated_eu_disallowed: \(flag)")]
    }

    /// `EU, GB and KR`.
    static func listed(_ codes: [String]) -> String {
        guard codes.count > 1, let last = codes.last else { return codes.first ?? "" }
        return codes.dropLast().joined(separator: ", ") + " and " + last
    }
}

/// The territories that one text of a license excludes instead of the pack's default.
public struct TerritoryVariant: Codable, Sendable, Equatable {
    /// The fingerprint name of the text (`tencent-hunyuan-community-hunyuandit-2024-05-14.agreement`).
    public var text: String
    /// The territories it excludes; empty when it grants rights worldwide.
    public var excluded: [String]
}

// MARK: - Messages

extension TerritoryExclusionCheck {
    fileprivate enum Message {
        static let needsExcluded = "territory-exclusion needs 'excluded' (ISO 3166-1 alpha-2 codes, or EU)"

        static let variantNeedsText = "territory-exclusion: every variant needs the fingerprint name of its text"

        static func badCode(_ code: String) -> String {
            "territory-exclusion: '\(code)' is not an ISO 3166-1 alpha-2 code or EU"
        }

        static func judgedBy(_ texts: [String]) -> String {
            " (Judged by the license text shipped: \(texts.joined(separator: ", ")).)"
        }

        static func worldwide(_ basis: String) -> String {
            "The license text the release ships grants its rights without excluding any territory." + basis
        }

        static func offeredIn(_ territories: [String]) -> String {
            "the release is offered in \(TerritoryExclusionCheck.listed(territories))"
        }

        static func domiciledIn(_ domicile: String) -> String {
            "the distributor is domiciled in \(domicile)"
        }

        static func excluded(_ reasons: [String], _ listed: String, _ basis: String) -> String {
            let joined = reasons.joined(separator: " and ")
            return joined.prefix(1).uppercased() + joined.dropFirst()
                + ", where the license grants no rights (it excludes \(listed))." + basis
        }

        static func undeclared(_ missing: [String], _ listed: String, _ basis: String) -> String {
            let facts = missing.joined(separator: " or ")
            return "The license grants no rights in \(listed), and the facts do not declare \(facts)." + basis
        }

        static func ask(_ who: String, _ missing: [String], _ listed: String) -> String {
            let questions = missing.map { key in
                key == "distributor.domicile"
                    ? "Where is \(who) domiciled (its principal place of business)?"
                    : "In which countries is the release offered (ISO codes, or EU)? A public repository without "
                        + "gating is offered everywhere."
            }
            return questions.joined(separator: " ") + " The license excludes \(listed). Record "
                + missing.joined(separator: " and ") + " in the facts file."
        }

        static func outside(_ listed: String, _ basis: String) -> String {
            "The release is offered, and its distributor domiciled, outside \(listed), which the license excludes."
                + basis
        }
    }
}
