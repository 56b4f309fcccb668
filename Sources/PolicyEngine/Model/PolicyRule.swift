import BundleModel

/// One obligation of a license (or one check of the general pack), with its examples.
public struct PolicyRule: Codable, Sendable, Equatable {
    /// snake_case, unique across all packs.
    public var id: String
    /// A short title (`NOTICE file carries the Llama 3.1 attribution line`).
    public var title: String
    public var category: BundleModel.Category
    public var severity: Severity
    /// How the obligation is checked.
    public var check: CheckSpec
    /// What to do when it is not met.
    public var remediation: String
    /// The section of the license (`§1.b.iii`).
    public var section: String
    /// The clause, summarised or quoted in at most one line.
    public var clause: String
    /// The question a reviewer answers when the rule cannot decide.
    public var question: String?
    /// What the rule does when the license reaches the release only through its outputs.
    public var outputs: OutputScope?
    /// Bundles (described abstractly) on which the rule passes, fails or asks for review.
    public var examples: [RuleExample]?

    /// A rule with every part given; the generated source of the built-in general pack calls it.
    public init(
        id: String, title: String, category: BundleModel.Category, severity: Severity, check: CheckSpec,
        remediation: String, section: String, clause: String, question: String?, outputs: OutputScope?,
        examples: [RuleExample]?
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.severity = severity
        self.check = check
        self.remediation = remediation
        self.section = section
        self.clause = clause
        self.question = question
        self.outputs = outputs
        self.examples = examples
    }

    /// The facts-file keys whose values decide this rule (`distributor.monthlyActiveUsers`), in the
    /// order a reviewer should record them; empty when the rule turns on the bundle or a judgement.
    public var decidingFacts: [String] { check.decidingFacts }
}

/// How a rule treats an upstream whose outputs (not weights) trained the release.
public enum OutputScope: String, Codable, Sendable {
    /// The obligation reaches models trained on outputs, as it reaches derivatives.
    case apply
    /// Whether it reaches them is a legal question: report needs-review.
    case review
    /// It does not reach them.
    case skip
}
