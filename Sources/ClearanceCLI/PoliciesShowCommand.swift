import ArgumentParser
import Clearance

/// `clearance policies show <license-id>`: a license pack in readable form.
struct PoliciesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a license pack: identifiers, notice lines and rules.")

    @Argument(help: "A license id (llama3.1), Hugging Face identifier or alias.")
    var license: String

    @OptionGroup var options: PolicyOptions

    func run() throws {
        let policies = try options.load()
        guard let pack = policies.pack(named: license) else {
            throw ValidationError("no policy pack for '\(license)'; `clearance policies list` shows the ones there are")
        }
        var lines = ["\(pack.license.name) (\(pack.license.id)), version \(pack.license.version)", pack.license.url]
        let names = (pack.license.huggingFace ?? []) + (pack.license.aliases ?? [])
        if !names.isEmpty { lines.append("Also known as: \(names.joined(separator: ", "))") }
        if let titles = pack.identification?.titles, !titles.isEmpty { lines.append("Title: \(titles.joined(separator: " | "))") }
        if let versions = pack.identification?.versionLines, !versions.isEmpty { lines.append("Version line: \(versions.joined(separator: " | "))") }
        for notice in pack.notices ?? [] { lines.append("Required notice line: \(notice)") }
        lines.append("")
        let rows = pack.rules.map { [$0.id, $0.category.rawValue, $0.severity.rawValue, $0.section, $0.title] }
        lines += TextTable.render(header: ["RULE", "CATEGORY", "SEVERITY", "SECTION", "OBLIGATION"], rows: rows)
        Output.write(lines.joined(separator: "\n") + "\n")
    }
}
