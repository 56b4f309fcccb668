import BuiltinPolicies
import BundleModel
import PolicyEngine
import Reporting

/// What the `policies` commands and `--version` print about the policy packs.
extension Clearance {
    /// `clearance policies list`: the license packs and their number of rules, or with `rules`
    /// every rule; as JSON, the packs and rules in full.
    ///
    /// - Parameter directory: `--policies DIR`; without it, the built-in packs.
    public static func policyList(directory: String?, rules: Bool) throws -> PolicyOutput {
        let policies = try self.policies(directory: directory)
        return PolicyOutput(
            text: rules ? PolicyTables.allRules(policies) : PolicyTables.packs(policies),
            json: try json(PolicyListDocument(policies: policies, tool: tool)))
    }

    /// `clearance policies show`: one license pack (by id, Hugging Face identifier or alias), or
    /// `general`, with its identifiers, notice lines, openness and rules.
    ///
    /// - Throws: `PolicyLookupError.noPack` when no pack has that name.
    public static func policyPack(_ license: String, directory: String?) throws -> PolicyOutput {
        let policies = try self.policies(directory: directory)
        if license == "general" {
            let text =
                "\(FindingGroups.generalTitle) (general), schema version \(policies.general.version)\n\n"
                + PolicyTables.rules(policies.general.rules)
            return PolicyOutput(text: text, json: try json(PackDocument(general: policies.general)))
        }
        guard let pack = policies.pack(named: license) else {
            let names = policies.sortedPacks.map(\.license.id) + ["general"]
            throw PolicyLookupError.noPack(license, suggestion: suggestion(for: license, among: names))
        }
        var lines = ["\(pack.license.name) (\(pack.license.id)), version \(pack.license.version)", pack.license.url]
        let names = (pack.license.huggingFace ?? []) + (pack.license.aliases ?? [])
        if !names.isEmpty { lines.append("Also known as: \(names.joined(separator: ", "))") }
        if let titles = pack.identification?.titles, !titles.isEmpty {
            lines.append("Title: \(titles.joined(separator: " | "))")
        }
        if let versions = pack.identification?.versionLines, !versions.isEmpty {
            lines.append("Version line: \(versions.joined(separator: " | "))")
        }
        for notice in pack.notices ?? [] { lines.append("Required notice line: \(notice)") }
        if let openness = pack.openness { lines += opennessLines(openness) }
        lines.append("")
        return PolicyOutput(
            text: lines.joined(separator: "\n") + "\n" + PolicyTables.rules(pack.rules),
            json: try json(PackDocument(pack)))
    }

    /// `clearance policies explain`: what a rule checks, why, and its examples with the status
    /// the rule actually gives each of them.
    ///
    /// - Throws: `PolicyLookupError.noRule` when no rule has that id.
    public static func ruleExplanation(_ ruleID: String, directory: String?) throws -> PolicyOutput {
        let policies = try self.policies(directory: directory, includingExamples: true)
        if let process = ProcessRules.rule(ruleID) {
            return PolicyOutput(
                text: RuleExplanation.render(process),
                json: try json(ExplanationDocument(rule: RuleDocument(process), outcomes: [])))
        }
        guard let (pack, rule) = policies.rule(ruleID) else {
            let known = policies.allRules.map(\.rule.id) + ProcessRules.all.map(\.id)
            throw PolicyLookupError.noRule(ruleID, suggestion: suggestion(for: ruleID, among: known))
        }
        let outcomes = ruleExamples(policies).run(ruleId: rule.id)
        return PolicyOutput(
            text: RuleExplanation.render(rule, pack: pack, outcomes: outcomes),
            json: try json(ExplanationDocument(rule: RuleDocument(rule, pack: pack), outcomes: outcomes)))
    }

    /// `clearance policies pages`: one Markdown page per rule, with its examples run, and the
    /// index `README.md`, by file name.
    public static func rulePages(directory: String?) throws -> [String: String] {
        let policies = try self.policies(directory: directory, includingExamples: true)
        let examples = ruleExamples(policies)
        var pages = ["README.md": RulePage.index(policies)]
        for (pack, rule) in policies.allRules {
            pages[RulePage.fileName(rule.id)] = RulePage.render(
                rule, pack: pack, outcomes: examples.run(ruleId: rule.id))
        }
        for rule in ProcessRules.all { pages[RulePage.fileName(rule.id)] = RulePage.render(rule) }
        return pages
    }

    /// `clearance --version`: the tool's version, then each built-in policy pack with the version
    /// of the license it encodes and its number of rules, so a report can be traced to the exact
    /// obligations it was checked against.
    public static func versionText() -> String {
        let lines =
            ["clearance \(version)", "Built-in policy packs:"]
            + PolicyTables.versions(PolicySet.builtinVersions).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Openness: non-conformant, not OSI-approved, OSAID ineligible`, then each disqualifying clause.
    private static func opennessLines(_ openness: LicenseOpenness) -> [String] {
        let approval = openness.osiApproved ? "OSI-approved" : "not OSI-approved"
        var lines = ["Openness: \(openness.osd.rawValue), \(approval), OSAID \(openness.osaid.rawValue)"]
        if let source = openness.assessedBy { lines.append("  assessed by \(source)") }
        for clause in openness.clauses ?? [] {
            let aiAct = clause.aiAct.map { "; AI Act: \($0.rawValue)" } ?? ""
            lines.append("  \(clause.section) \(clause.clause) [\(clause.criteria)\(aiAct)]")
        }
        return lines
    }
}
