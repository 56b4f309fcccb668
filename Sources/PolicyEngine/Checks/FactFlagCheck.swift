import BundleModel

/// A yes/no fact (commercial use, hosted service) must not have the value the license forbids.
public struct FactFlagCheck: Check {
    static let kind = CheckKind.factFlag

    /// The fact's key path (`distribution.commercial`).
    public var fact: String
    /// The value that violates the obligation.
    public var violatedWhen: Bool

    var problem: String? { FactPath.flags.contains(fact) ? nil : Message.needsFlag }

    var decidingFacts: [String] { [fact] }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let value: Bool? =
            switch fact {
            case "distribution.commercial": context.facts.facts.distribution?.commercial
            case "distribution.hostedService": context.facts.facts.distribution?.hostedService
            default: nil
            }
        let described = Message.describe(fact)
        guard let value else {
            return [
                context.finding(
                    .needsReview, Message.undeclared(described),
                    question: context.rule.question.map(context.fill) ?? Message.ask(described, fact))
            ]
        }
        let evidence = context.factEvidence(fact, String(value))
        if value == violatedWhen {
            let license = context.pack?.license.citation ?? "the license"
            return [context.finding(.fail, Message.forbidden(value, described, license), evidence: evidence)]
        }
        return [context.finding(.pass, Message.declared(value, described), evidence: evidence)]
    }
}

// MARK: - Messages

extension FactFlagCheck {
    fileprivate enum Message {
        static var needsFlag: String {
            "fact-flag needs a yes/no 'fact' (\(FactPath.flags.sorted().joined(separator: ", ")))"
        }

        static func describe(_ key: String) -> String {
            switch key {
            case "distribution.commercial": "distributed or used for commercial purposes"
            case "distribution.hostedService": "offered as a hosted API or managed service"
            default: key
            }
        }

        static func undeclared(_ described: String) -> String {
            "The facts do not say whether the release is \(described)."
        }

        static func ask(_ described: String, _ key: String) -> String {
            "Is the release \(described)? Record \(key) in the facts file."
        }

        static func forbidden(_ value: Bool, _ described: String, _ license: String) -> String {
            "The release is \(value ? "" : "not ")\(described), which \(license) does not permit."
        }

        static func declared(_ value: Bool, _ described: String) -> String {
            "The facts declare the release \(value ? "" : "not ")\(described)."
        }
    }
}
