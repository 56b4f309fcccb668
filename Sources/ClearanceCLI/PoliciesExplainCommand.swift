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
        options.write(try Clearance.ruleExplanation(rule, directory: options.policies))
    }
}
