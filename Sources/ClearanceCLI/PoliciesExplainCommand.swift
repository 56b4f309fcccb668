import ArgumentParser
import Clearance

/// `clearance policies explain <rule-id>`: what a rule checks, why, and its examples with the
/// status the rule actually gives each of them.
struct PoliciesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a rule: its clause, check, remedy and examples.")

    @Argument(help: "A rule id, as findings carry it (llama3_1_notice_line).")
    var rule: String

    @OptionGroup var options: PolicyOptions

    func run() throws {
        let policies = try options.load(includingExamples: true)
        if let process = ProcessRules.rule(rule) {
            return try options.write(
                text: RuleExplanation.render(process),
                json: ExplanationDocument(rule: RuleDocument(process), outcomes: []))
        }
        guard let (pack, rule) = policies.rule(rule) else {
            let known = policies.allRules.map(\.rule.id) + ProcessRules.all.map(\.id)
            let hint =
                NearestName.suggestion(for: self.rule, among: known).map { "did you mean '\($0)'?" }
                ?? "`clearance policies list --rules` lists them"
            throw ValidationError("no rule '\(self.rule)'; \(hint)")
        }
        let outcomes = Clearance.ruleExamples(policies).run(ruleId: rule.id)
        try options.write(
            text: RuleExplanation.render(rule, pack: pack, outcomes: outcomes),
            json: ExplanationDocument(rule: RuleDocument(rule, pack: pack), outcomes: outcomes))
    }
}
