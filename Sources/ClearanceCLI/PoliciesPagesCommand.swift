import ArgumentParser
import BundleModel
import Clearance
import Foundation

/// `clearance policies pages <folder>`: writes one Markdown page per rule, and an index, from the
/// policy packs (the repository's `docs/rules/`); `--check` only says whether they are current.
struct PoliciesPagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Write one Markdown page per rule (docs/rules/), generated from the policy packs.",
        discussion:
            "With --check, nothing is written: exit status 1 lists the pages that are missing, stale or left over.")

    @Argument(help: "The folder of the pages.")
    var folder: String

    @Flag(help: "Check that the folder holds exactly the pages the packs give; write nothing.")
    var check = false

    @Option(help: "A folder of policy packs to use instead of the built-in ones.")
    var policies: String?

    func run() throws {
        let pages = try Clearance.rulePages(directory: policies)
        let manager = FileManager.default
        let present = Set((try? manager.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".md") } ?? [])
        let stale = pages.keys.sorted().filter {
            (try? String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8)) != pages[$0]
        }
        let leftOver = present.subtracting(pages.keys).sorted()
        if check {
            guard stale.isEmpty, leftOver.isEmpty else {
                Output.error(
                    "\(folder) is out of date: "
                        + (stale.map { "\($0) (missing or stale)" } + leftOver.map { "\($0) (no such rule)" }).joined(
                            separator: ", ")
                        + "; run `clearance policies pages \(folder)`")
                throw ExitCode(1)
            }
            return
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in stale {
            try Data(pages[name, default: ""].utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        for name in leftOver { try manager.removeItem(atPath: "\(folder)/\(name)") }
        Output.write(
            "\(folder): \(Plural.of(pages.count, "page")), \(stale.count) written, \(leftOver.count) removed\n")
    }
}
