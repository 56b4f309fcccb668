import BundleModel

/// A numeric fact (monthly active users) stays at or under the license's threshold.
struct FactThresholdCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let threshold = context.check.threshold ?? 0
        let period = context.check.period.map { " in \($0)" } ?? ""
        let limit = Self.grouped(threshold)
        if context.check.onlyWhenCommercial == true {
            switch context.facts.facts.distribution?.commercial {
            case false?:
                return [context.finding(.pass, "The threshold applies to commercial use only, and the facts declare the distribution non-commercial.", evidence: context.factEvidence("distribution.commercial", "false"))]
            case nil where context.facts.facts.distributor?.monthlyActiveUsers == nil:
                return [context.finding(.needsReview, "Neither commercial use nor monthly active users are declared.",
                                        question: "Is the release used commercially, and if so, do the products or services of \(context.distributorName) have more than \(limit) monthly active users? Record distribution.commercial and distributor.monthlyActiveUsers in the facts file.")]
            default:
                break
            }
        }
        guard let users = context.facts.facts.distributor?.monthlyActiveUsers else {
            return [context.finding(.needsReview, "Monthly active users are not declared; above \(limit)\(period) a separate license is required.",
                                    question: "Did \(context.distributorName) and its affiliates have more than \(limit) monthly active users\(period)? Record distributor.monthlyActiveUsers in the facts file.")]
        }
        let evidence = context.factEvidence("distributor.monthlyActiveUsers", String(users))
        if users > threshold, context.check.onlyWhenCommercial == true, context.facts.facts.distribution?.commercial == nil {
            return [context.finding(.needsReview, "\(context.distributorName) declares \(Self.grouped(users)) monthly active users, above the \(limit) threshold that applies to commercial use, and does not say whether the use is commercial.", evidence: evidence,
                                    question: "Is the release used commercially? If so, \(context.distributorName) must request a license first. Record distribution.commercial in the facts file.")]
        }
        if users > threshold {
            return [context.finding(.fail, "\(context.distributorName) declares \(Self.grouped(users)) monthly active users, above the \(limit) threshold: the license grants no rights until the licensor grants a separate license.", evidence: evidence)]
        }
        return [context.finding(.pass, "\(context.distributorName) declares \(Self.grouped(users)) monthly active users, at or under the \(limit) threshold.", evidence: evidence)]
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
