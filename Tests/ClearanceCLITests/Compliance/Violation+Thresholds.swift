/// Violations of the obligations decided from facts that only the model licenses have (revenue,
/// territory), and of Notice files that carry more than one line.
extension Violation {
    static func annualRevenue(_ rule: String, _ revenue: Int64) -> Violation {
        Violation(obligation: "USD \(revenue) annual revenue", failingRules: [rule]) {
            $0.facts?.annualRevenueUSD = revenue
        }
    }

    static func offeredIn(_ rule: String, _ territories: [String]) -> Violation {
        Violation(obligation: "offered in \(territories.joined(separator: ", "))", failingRules: [rule]) {
            $0.facts?.territories = territories
        }
    }

    /// The Notice file loses the line that contains `text` and keeps the others.
    static func noticeLineRemoved(_ rules: Set<String>, containing text: String, as obligation: String) -> Violation {
        Violation(obligation: obligation, failingRules: rules) { release in
            guard let notice = release[text: "NOTICE"] else { return }
            release[text: "NOTICE"] =
                notice.split(separator: "\n").filter { !$0.contains(text) }.joined(separator: "\n") + "\n"
        }
    }

    /// The Notice file is gone, with every rule that reads it.
    static func noticeFileDropped(_ rules: Set<String>) -> Violation {
        Violation(obligation: "NOTICE dropped", failingRules: rules) { $0.files["NOTICE"] = nil }
    }
}
