import BundleModel

/// What a pack changes in a rule it inherits from a template (`adjust: {license_copy: {...}}`):
/// each field given replaces the template's; `omit: true` drops the rule, for a license that does
/// not have that obligation.
public struct RulePatch: Codable, Sendable, Equatable {
    public var omit: Bool?
    public var title: String?
    public var category: BundleModel.Category?
    public var severity: Severity?
    public var check: CheckSpec?
    public var remediation: String?
    public var section: String?
    public var clause: String?
    public var question: String?
    public var outputs: OutputScope?
    public var examples: [RuleExample]?

    /// The rule with this patch applied.
    func applied(to rule: PolicyRule) -> PolicyRule {
        var patched = rule
        patched.title = title ?? rule.title
        patched.category = category ?? rule.category
        patched.severity = severity ?? rule.severity
        patched.check = check ?? rule.check
        patched.remediation = remediation ?? rule.remediation
        patched.section = section ?? rule.section
        patched.clause = clause ?? rule.clause
        patched.question = question ?? rule.question
        patched.outputs = outputs ?? rule.outputs
        patched.examples = examples ?? rule.examples
        return patched
    }
}
