import PolicyEngine
import Reporting

/// The text tables of `clearance policies` and `clearance --version`.
enum PolicyTables {
    /// Each license pack with its version and number of rules, then the general pack.
    static func packs(_ policies: PolicySet) -> String {
        let rows =
            policies.sortedPacks.map { pack in
                [pack.license.id, pack.license.version, String(pack.rules.count), pack.license.name]
            } + [["general", "", String(policies.general.rules.count), FindingGroups.generalTitle]]
        return lines(TextTable.render(header: ["LICENSE", "VERSION", "RULES", "NAME"], rows: rows, rightAligned: [2]))
    }

    /// Every rule with its pack, category, severity and title, the process rules last.
    static func allRules(_ policies: PolicySet) -> String {
        let rows =
            policies.allRules.map { entry in
                [
                    entry.rule.id, entry.pack?.license.id ?? "general", entry.rule.category.rawValue,
                    entry.rule.severity.rawValue, entry.rule.title,
                ]
            } + ProcessRules.all.map { [$0.id, "process", $0.category.rawValue, $0.severity.rawValue, $0.title] }
        return lines(TextTable.render(header: ["RULE", "PACK", "CATEGORY", "SEVERITY", "TITLE"], rows: rows))
    }

    /// The rules of one pack with the section of the license each cites.
    static func rules(_ rules: [PolicyRule]) -> String {
        let rows = rules.map { [$0.id, $0.category.rawValue, $0.severity.rawValue, $0.section, $0.title] }
        return lines(TextTable.render(header: ["RULE", "CATEGORY", "SEVERITY", "SECTION", "OBLIGATION"], rows: rows))
    }

    /// Each built-in pack with the version of the license it encodes, its schema and its rules.
    static func versions(_ versions: [PackVersion]) -> [String] {
        let rows = versions.map { row in
            [row.id, row.licenseVersion ?? "-", String(row.schemaVersion), String(row.ruleCount)]
        }
        return TextTable.render(header: ["PACK", "LICENSE VERSION", "SCHEMA", "RULES"], rows: rows, rightAligned: [3])
    }

    private static func lines(_ rows: [String]) -> String {
        rows.joined(separator: "\n") + "\n"
    }
}
