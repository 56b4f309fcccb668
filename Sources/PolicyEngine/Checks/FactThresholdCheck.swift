import BundleModel

/// A numeric fact (monthly active users, annual revenue) stays at or under the license's threshold.
public struct FactThresholdCheck: Check {
    static let kind = CheckKind.factThreshold

    /// The fact's key path (`distributor.monthlyActiveUsers`, `distributor.annualRevenueUSD`).
    public var fact: String
    /// The largest value that passes.
    public var threshold: Int64
    /// The period the fact must be measured for (`June 2024`).
    public var period: String?
    /// Only applies when `distribution.commercial` is true.
    public var onlyWhenCommercial: Bool?
    /// Other thresholds set by other texts of the license, by the fingerprint that identifies the text
    /// (Hunyuan3D 2.0: 1 million users where the other Hunyuan texts say 100 million).
    public var variants: [ThresholdVariant]?

    var problem: String? {
        guard FactPath.numeric.contains(fact) else { return Message.needsNumericFact }
        return (variants ?? []).contains { $0.text.isEmpty } ? Message.variantNeedsText : nil
    }

    var decidingFacts: [String] { [fact] + (onlyWhenCommercial == true ? ["distribution.commercial"] : []) }

    func evaluate(_ context: RuleContext) -> [Finding] {
        let measure = Measure(fact)
        let (threshold, basis) = applicableThreshold(context)
        let limit = measure.figure(threshold)
        let who = context.distributorName
        let commercial = context.facts.facts.distribution?.commercial
        let value = measure.value(in: context.facts.facts)
        if onlyWhenCommercial == true {
            switch commercial {
            case false?:
                return [
                    context.finding(
                        .pass, Message.nonCommercial,
                        evidence: context.factEvidence("distribution.commercial", "false"))
                ]
            case nil where value == nil:
                return [
                    context.finding(
                        .needsReview, Message.neitherDeclared(measure),
                        question: measure.askBoth(who, measure.amount(threshold)))
                ]
            default:
                break
            }
        }
        let period = period.map { " in \($0)" } ?? ""
        guard let value else {
            return [
                context.finding(
                    .needsReview, Message.undeclared(measure, limit, period) + basis,
                    evidence: evidenceOfText(context), question: measure.ask(who, measure.amount(threshold), period))
            ]
        }
        let evidence = context.factEvidence(fact, String(value)) + evidenceOfText(context)
        if value > threshold, onlyWhenCommercial == true, commercial == nil {
            return [
                context.finding(
                    .needsReview, Message.aboveIfCommercial(who, measure.amount(value), limit),
                    evidence: evidence,
                    question: Message.askCommercial(who))
            ]
        }
        if value > threshold {
            let message = Message.above(who, measure.amount(value), limit) + basis
            return [context.finding(.fail, message, evidence: evidence)]
        }
        return [context.finding(.pass, Message.within(who, measure.amount(value), limit) + basis, evidence: evidence)]
    }

    /// The threshold of the license text the release ships, and a sentence naming that text when it
    /// is not the default. Several texts shipped: the lowest of their thresholds.
    private func applicableThreshold(_ context: RuleContext) -> (Int64, String) {
        guard let variants, !variants.isEmpty else { return (threshold, "") }
        let shipped = LicenseTextVariants(context).identified.map { name in
            variants.first { $0.text == name } ?? ThresholdVariant(text: name, threshold: threshold)
        }
        guard let lowest = shipped.min(by: { $0.threshold < $1.threshold }), lowest.threshold != threshold else {
            return (threshold, "")
        }
        return (lowest.threshold, Message.judgedBy(lowest.text))
    }

    private func evidenceOfText(_ context: RuleContext) -> [Evidence] {
        guard !(variants ?? []).isEmpty else { return [] }
        return LicenseTextVariants(context).evidence
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

/// A threshold that one text of a license sets instead of the pack's default.
public struct ThresholdVariant: Codable, Sendable, Equatable {
    /// The fingerprint name of the text (`tencent-hunyuan-community-hunyuan3d-2.0-2025-01-21.agreement`).
    public var text: String
    /// Its threshold.
    public var threshold: Int64
}

extension FactThresholdCheck {
    /// What the fact measures, for reading it and for the sentences about it.
    fileprivate enum Measure {
        case monthlyActiveUsers
        case annualRevenue

        init(_ fact: String) {
            self = fact == "distributor.annualRevenueUSD" ? .annualRevenue : .monthlyActiveUsers
        }

        var key: String {
            switch self {
            case .monthlyActiveUsers: "distributor.monthlyActiveUsers"
            case .annualRevenue: "distributor.annualRevenueUSD"
            }
        }

        func value(in facts: Facts) -> Int64? {
            switch self {
            case .monthlyActiveUsers: facts.distributor?.monthlyActiveUsers
            case .annualRevenue: facts.distributor?.annualRevenueUSD
            }
        }

        /// `2,500,000 monthly active users`, `USD 1,200,000 in annual revenue`.
        func amount(_ value: Int64) -> String {
            switch self {
            case .monthlyActiveUsers: "\(figure(value)) monthly active users"
            case .annualRevenue: "\(figure(value)) in annual revenue"
            }
        }

        /// `2,500,000`, `USD 1,200,000`.
        func figure(_ value: Int64) -> String {
            switch self {
            case .monthlyActiveUsers: FactThresholdCheck.grouped(value)
            case .annualRevenue: "USD \(FactThresholdCheck.grouped(value))"
            }
        }

        /// The question when the fact is missing.
        func ask(_ who: String, _ limit: String, _ period: String) -> String {
            switch self {
            case .monthlyActiveUsers:
                "Did \(who) and its affiliates have more than \(limit)\(period)? Record \(key) in the facts file."
            case .annualRevenue:
                """
                Did \(who) and its affiliates together have more than \(limit)\(period), from any source? \
                Record \(key) in the facts file.
                """
            }
        }

        /// The question when neither commercial use nor the fact is declared.
        func askBoth(_ who: String, _ limit: String) -> String {
            switch self {
            case .monthlyActiveUsers:
                """
                Is the release used commercially, and if so, do the products or services of \(who) have more than \
                \(limit)? Record distribution.commercial and \(key) in the facts file.
                """
            case .annualRevenue:
                """
                Is the release used commercially, and if so, do \(who) and its affiliates have more than \(limit)? \
                Record distribution.commercial and \(key) in the facts file.
                """
            }
        }
    }
}

// MARK: - Messages

extension FactThresholdCheck {
    fileprivate enum Message {
        static var needsNumericFact: String {
            "fact-threshold needs a numeric 'fact' (\(FactPath.numeric.sorted().joined(separator: ", ")))"
        }

        static let variantNeedsText = "fact-threshold: every variant needs the fingerprint name of its text"

        static let nonCommercial = """
            The threshold applies to commercial use only, and the facts declare the distribution non-commercial.
            """

        static func neitherDeclared(_ measure: Measure) -> String {
            switch measure {
            case .monthlyActiveUsers: "Neither commercial use nor monthly active users are declared."
            case .annualRevenue: "Neither commercial use nor annual revenue is declared."
            }
        }

        static func undeclared(_ measure: Measure, _ limit: String, _ period: String) -> String {
            switch measure {
            case .monthlyActiveUsers:
                "Monthly active users are not declared; above \(limit)\(period) a separate license is required."
            case .annualRevenue:
                "Annual revenue is not declared; above \(limit)\(period) a separate license is required."
            }
        }

        static func aboveIfCommercial(_ who: String, _ value: String, _ limit: String) -> String {
            """
            \(who) declares \(value), above the \(limit) threshold that applies to commercial use, \
            and does not say whether the use is commercial.
            """
        }

        static func askCommercial(_ who: String) -> String {
            """
            Is the release used commercially? If so, \(who) must request a license first. Record \
            distribution.commercial in the facts file.
            """
        }

        static func above(_ who: String, _ value: String, _ limit: String) -> String {
            """
            \(who) declares \(value), above the \(limit) threshold: the license grants no rights \
            until the licensor grants a separate license.
            """
        }

        static func within(_ who: String, _ value: String, _ limit: String) -> String {
            "\(who) declares \(value), at or under the \(limit) threshold."
        }

        static func judgedBy(_ text: String) -> String {
            " (The threshold is the one of the license text shipped, \(text).)"
        }
    }
}
