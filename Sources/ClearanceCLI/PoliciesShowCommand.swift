import ArgumentParser
import Clearance

/// `clearance policies show <license-id>`: a license pack (or the general pack) in readable form.
struct PoliciesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a license pack, or 'general': identifiers, notice lines and rules.")

    @Argument(help: "A license id (llama3.1), Hugging Face identifier or alias, or 'general'.")
    var license: String

    @OptionGroup var options: PolicyOptions

    func run() throws {
        let policies = try options.load()
        if license == "general" {
            let text =
                "\(FindingGroups.generalTitle) (general), schema version \(policies.general.version)\n\n"
                + ruleTable(policies.general.rules)
            return try options.write(text: text, json: PackDocument(general: policies.general))
        }
        guard let pack = policies.pack(named: license) else {
            let names = policies.sortedPacks.map(\.license.id) + ["general"]
            let hint =
                NearestName.suggestion(for: license, among: names).map { "did you mean '\($0)'?" }
                ?? "`clearance policies list` shows the ones there are"
            throw ValidationError("no policy pack for '\(license)'; \(hint)")
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
        try options.write(text: lines.joined(separator: "\n") + "\n" + ruleTable(pack.rules), json: PackDocument(pack))
    }

    /// `Openness: non-conformant, not OSI-approved, OSAID ineligible`, then each disqualifying clause.
    private func opennessLines(_ openness: LicenseOpenness) -> [String] {
        let approval = openness.osiApproved ? "OSI-approved" : "not OSI-approved"
        var lines = ["Openness: \(openness.osd.rawValue), \(approval), OSAID \(openness.osaid.rawValue)"]
        if let source = openness.assessedBy { lines.append("  assessed by \(source)") }
        for clause in openness.clauses ?? [] {
            let aiAct = clause.aiAct.map { "; AI Act: \($0.rawValue)" } ?? ""
            lines.append("  \(clause.section) \(clause.clause) [\(clause.criteria)\(aiAct)]")
        }
        return lines
    }

    private func ruleTable(_ rules: [PolicyRule]) -> String {
        let rows = rules.map { [$0.id, $0.category.rawValue, $0.severity.rawValue, $0.section, $0.title] }
        return TextTable.render(header: ["RULE", "CATEGORY", "SEVERITY", "SECTION", "OBLIGATION"], rows: rows).joined(
            separator: "\n") + "\n"
    }
}
