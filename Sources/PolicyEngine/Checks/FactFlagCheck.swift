import BundleModel

/// A yes/no fact (commercial use, hosted service) must not have the value the license forbids.
struct FactFlagCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let key = context.check.fact ?? ""
        let violating = context.check.violatedWhen ?? true
        let value: Bool? = switch key {
        case "distribution.commercial": context.facts.facts.distribution?.commercial
        case "distribution.hostedService": context.facts.facts.distribution?.hostedService
        default: nil
        }
        let described = Self.describe(key)
        guard let value else {
            return [context.finding(.needsReview, "The facts do not say whether the release is \(described).",
                                    question: context.rule.question.map(context.fill) ?? "Is the release \(described)? Record \(key) in the facts file.")]
        }
        let evidence = context.factEvidence(key, String(value))
        if value == violating {
            return [context.finding(.fail, "The release is \(value ? "" : "not ")\(described), which \(context.pack?.license.citation ?? "the license") does not permit.", evidence: evidence)]
        }
        return [context.finding(.pass, "The facts declare the release \(value ? "" : "not ")\(described).", evidence: evidence)]
    }

    static func describe(_ key: String) -> String {
        switch key {
        case "distribution.commercial": "distributed or used for commercial purposes"
        case "distribution.hostedService": "offered as a hosted API or managed service"
        default: key
        }
    }
}
