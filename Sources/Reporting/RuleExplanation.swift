import BundleModel
import PolicyEngine

/// `clearance policies explain`: a rule's obligation, clause, check and remedy, then each of its
/// examples — the bundle it describes, the status the rule must give it and the finding it gives.
public enum RuleExplanation {
    public static func render(_ rule: PolicyRule, pack: PolicyPack?, outcomes: [RuleExamples.Outcome]) -> String {
        let document = RuleDocument(rule, pack: pack)
        var lines = header(
            document, license: pack.map { "\($0.license.name) (\($0.license.id))" } ?? "none (general check)")
        if let outputs = rule.outputs {
            lines.append("Outputs:   \(outputs.rawValue) (models trained only on outputs of the licensed models)")
        }
        if !outcomes.isEmpty {
            lines.append("")
            lines.append("Examples:")
            for outcome in outcomes {
                let actual = outcome.actual?.rawValue ?? "no finding"
                let mark = outcome.passed ? "" : "  (rule gives \(actual)!)"
                lines.append("  \(outcome.example.expect.rawValue.padding(12)) \(outcome.example.name)\(mark)")
                lines += ExampleDescription.lines(outcome.example).map { "               bundle  " + $0 }
                if let message = outcome.findings.first?.message { lines.append("               → \(message)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A process rule (`waiver_expired`, `bundle_facts_published`): what it checks and the remedy.
    public static func render(_ rule: ProcessRule) -> String {
        (header(RuleDocument(rule), license: "none (a check of how the release is checked)") + [""]).joined(
            separator: "\n")
    }

    private static func header(_ rule: RuleDocument, license: String) -> [String] {
        var lines = [
            "\(rule.id): \(rule.title)",
            "License:   \(license)",
            "Category:  \(rule.category), severity \(rule.severity)",
            "Source:    \(rule.reference)",
            "Clause:    \(rule.clause)",
        ]
        if let check = rule.check { lines.append("Check:     \(check)") }
        lines.append("Remedy:    \(rule.remediation)")
        if let question = rule.question { lines.append("Question:  \(question)") }
        return lines
    }
}

/// `policies explain --format json`: the rule and its examples with their outcomes.
public struct ExplanationDocument: Encodable, Sendable {
    public struct Example: Encodable, Sendable {
        public let name: String
        /// The status the rule must give the example.
        public let expect: String
        /// The status it gives (nil: no finding).
        public let actual: String?
        /// The example bundle, one line per part.
        public let bundle: [String]
        /// The message of the first finding.
        public let message: String?
    }

    public let schemaVersion = 1
    public let rule: RuleDocument
    public let examples: [Example]

    public init(rule: RuleDocument, outcomes: [RuleExamples.Outcome]) {
        self.rule = rule
        examples = outcomes.map { outcome in
            Example(
                name: outcome.example.name, expect: outcome.example.expect.rawValue, actual: outcome.actual?.rawValue,
                bundle: ExampleDescription.lines(outcome.example), message: outcome.findings.first?.message)
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
