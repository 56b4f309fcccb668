import ArgumentParser
import Clearance

/// `clearance policies list`: the license packs and how many rules each has.
struct PoliciesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the license packs.")

    @OptionGroup var options: PolicyOptions

    func run() throws {
        let policies = try options.load()
        let rows = policies.sortedPacks.map { pack in
            [pack.license.id, pack.license.version, String(pack.rules.count), pack.license.name]
        } + [["(general)", "", String(policies.general.rules.count), "Integrity, security and license metadata"]]
        Output.write(TextTable.render(header: ["LICENSE", "VERSION", "RULES", "NAME"], rows: rows, rightAligned: [2]).joined(separator: "\n") + "\n")
    }
}
