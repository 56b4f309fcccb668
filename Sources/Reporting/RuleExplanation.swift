import BundleModel
import PolicyEngine

/// The text of `clearance policies explain`: a rule's obligation, clause, check, remedy and examples.
public enum RuleExplanation {
    public static func render(_ rule: PolicyRule, pack: PolicyPack?, outcomes: [RuleExamples.Outcome]) -> String {
        let source = pack.map { "\($0.license.citation) \(rule.section)" } ?? rule.section
        var lines = [
            "\(rule.id): \(rule.title)",
            "License:   \(pack.map { "\($0.license.name) (\($0.license.id))" } ?? "none (general check)")",
            "Category:  \(rule.category.rawValue), severity \(rule.severity.rawValue)",
            "Source:    \(source)",
            "Clause:    \(rule.clause)",
            "Check:     \(rule.check.kind.rawValue)",
            "Remedy:    \(rule.remediation)",
        ]
        if let question = rule.question { lines.append("Question:  \(question)") }
        if let outputs = rule.outputs { lines.append("Outputs:   \(outputs.rawValue) (models trained only on outputs of the licensed models)") }
        if !outcomes.isEmpty {
            lines.append("")
            lines.append("Examples:")
            for outcome in outcomes {
                let actual = outcome.actual?.rawValue ?? "no finding"
                let mark = outcome.passed ? "" : "  (rule gives \(actual)!)"
                lines.append("  \(outcome.example.expect.rawValue.padding(12)) \(outcome.example.name)\(mark)")
                if let message = outcome.findings.first?.message { lines.append("               → \(message)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
