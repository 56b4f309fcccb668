import ArgumentParser
import Clearance

/// `clearance policies list`: the license packs and how many rules each has, or every rule.
struct PoliciesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the license packs (with --rules, every rule); --format json lists packs and rules in full.")

    @OptionGroup var options: PolicyOptions

    @Flag(help: "List every rule, with its license, category and severity.")
    var rules = false

    func run() throws {
        options.write(try Clearance.policyList(directory: options.policies, rules: rules))
    }
}
