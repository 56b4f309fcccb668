/// Where a rule's documentation page lives: one Markdown page per rule under `docs/rules/`,
/// addressed through a URL template in which `{rule}` stands for the rule id.
public enum RulePages {
    /// The repository that publishes the pages. The CI templates name the same one
    /// (`CLEARANCE_REPOSITORY`); a fork or mirror sets `--rule-docs-url` or `CLEARANCE_RULE_DOCS_URL`.
    public static let repository = "https://github.com/your-org/clearance"
    /// The pages of the main branch.
    public static let defaultURLTemplate = repository + "/blob/main/docs/rules/{rule}.md"
    /// The folder of the pages in the repository.
    public static let folder = "docs/rules"

    /// The page's address for `ruleId` under `template`.
    public static func url(_ template: String, ruleId: String) -> String {
        template.replacingOccurrences(of: "{rule}", with: ruleId)
    }
}
