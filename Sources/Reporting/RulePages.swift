/// Where a rule's documentation page lives: one Markdown page per rule under `docs/rules/`,
/// addressed through a URL template in which `{rule}` stands for the rule id. The template names
/// where the publisher hosts its copy (`--rule-docs-url` or `CLEARANCE_RULE_DOCS_URL`): the tool
/// does not guess a repository, and without a template a license rule points at its license.
public enum RulePages {
    /// The folder of the pages in the repository.
    public static let folder = "docs/rules"

    /// The page's address for `ruleId` under `template`.
    public static func url(_ template: String, ruleId: String) -> String {
        template.replacingOccurrences(of: "{rule}", with: ruleId)
    }
}
