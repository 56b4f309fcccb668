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
        let policies = try options.load()
        try options.write(
            text: rules ? ruleTable(policies) : packTable(policies),
            json: PolicyListDocument(policies: policies, tool: Clearance.tool))
    }

    private func packTable(_ policies: PolicySet) -> String {
        let rows =
            policies.sortedPacks.map { pack in
                [pack.license.id, pack.license.version, String(pack.rules.count), pack.license.name]
            } + [["general", "", String(policies.general.rules.count), FindingGroups.generalTitle]]
        return TextTable.render(header: ["LICENSE", "VERSION", "RULES", "NAME"], rows: rows, rightAligned: [2]).joined(
            separator: "\n") + "\n"
    }

    private func ruleTable(_ policies: PolicySet) -> String {
        let rows =
            policies.allRules.map { entry in
                [
                    entry.rule.id, entry.pack?.license.id ?? "general", entry.rule.category.rawValue,
                    entry.rule.severity.rawValue, entry.rule.title,
                ]
            } + ProcessRules.all.map { [$0.id, "process", $0.category.rawValue, $0.severity.rawValue, $0.title] }
        return TextTable.render(header: ["RULE", "PACK", "CATEGORY", "SEVERITY", "TITLE"], rows: rows).joined(
            separator: "\n") + "\n"
    }
}
