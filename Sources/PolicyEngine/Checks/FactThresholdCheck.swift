import BundleModel

/// A numeric fact (monthly active users) stays at or under the license's threshold.
public struct FactThresholdCheck: Check {
    static let kind = CheckKind.factThreshold

    /// The fact's key path (`distributor.monthlyActiveUsers`).
    public var fact: String
    /// The largest value that passes.
    public var threshold: Int64
    /// The period the fact must be measured for (`June 2024`).
    public var period: String?
    /// Only applies when `distribution.commercial` is true.
    public var onlyWhenCommercial: Bool?

    var problem: String? { FactPath.numeric.contains(fact) ? nil : Message.needsNumericFact }

    var decidingFacts: [String] { [fact] + (onlyWhenCommercial == true ? ["distribution.commercial"] : []) }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let limit = Self.grouped(threshold)
        let who = context.distributorName
        let commercial = context.facts.facts.distribution?.commercial
        if onlyWhenCommercial == true {
            switch commercial {
            case false?:
                return [context.finding(.pass, Message.nonCommercial,
                                        evidence: context.factEvidence("distribution.commercial", "false"))]
            case nil where context.facts.facts.distributor?.monthlyActiveUsers == nil:
                return [context.finding(.needsReview, Message.neitherDeclared, question: Message.askBoth(who, limit))]
            default:
                break
            }
        }
        let period = period.map { " in \($0)" } ?? ""
        guard let users = context.facts.facts.distributor?.monthlyActiveUsers else {
            return [context.finding(.needsReview, Message.undeclared(limit, period),
                                    question: Message.askUsers(who, limit, period))]
        }
        let evidence = context.factEvidence("distributor.monthlyActiveUsers", String(users))
        if users > threshold, onlyWhenCommercial == true, commercial == nil {
            return [context.finding(.needsReview, Message.aboveIfCommercial(who, Self.grouped(users), limit),
                                    evidence: evidence,
                                    question: Message.askCommercial(who))]
        }
        if users > threshold {
            return [context.finding(.fail, Message.above(who, Self.grouped(users), limit), evidence: evidence)]
        }
        return [context.finding(.pass, Message.within(who, Self.grouped(users), limit), evidence: evidence)]
    }

    /// 700000000 → 700,000,000.
    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

// MARK: - Messages

extension FactThresholdCheck {
    fileprivate enum Message {
        static var needsNumericFact: String {
            "fact-threshold needs a numeric 'fact' (\(FactPath.numeric.sorted().joined(separator: ", ")))"
        }

        static let nonCommercial = """
            The threshold applies to commercial use only, and the facts declare the distribution non-commercial.
            """

        static let neitherDeclared = "Neither commercial use nor monthly active users are declared."

        static func askBoth(_ who: String, _ limit: String) -> String {
            """
            Is the release used commercially, and if so, do the products or services of \(who) have more than \(limit) \
            monthly active users? Record distribution.commercial and distributor.monthlyActiveUsers in the facts file.
            """
        }

        static func undeclared(_ limit: String, _ period: String) -> String {
            "Monthly active users are not declared; above \(limit)\(period) a separate license is required."
        }

        static func askUsers(_ who: String, _ limit: String, _ period: String) -> String {
            """
            Did \(who) and its affiliates have more than \(limit) monthly active users\(period)? \
            Record distributor.monthlyActiveUsers in the facts file.
            """
        }

        static func aboveIfCommercial(_ who: String, _ users: String, _ limit: String) -> String {
            """
            \(who) declares \(users) monthly active users, above the \(limit) threshold that applies to \
            commercial use, and does not say whether the use is commercial.
            """
        }

        static func askCommercial(_ who: String) -> String {
            """
            Is the release used commercially? If so, \(who) must request a license first. Record \
            distribution.commercial in the facts file.
            """
        }

        static func above(_ who: String, _ users: String, _ limit: String) -> String {
            """
            \(who) declares \(users) monthly active users, above the \(limit) threshold: the license grants no rights \
            until the licensor grants a separate license.
            """
        }

        static func within(_ who: String, _ users: String, _ limit: String) -> String {
            "\(who) declares \(users) monthly active users, at or under the \(limit) threshold."
        }
    }
}
