import ArgumentParser
import Clearance

/// `clearance checklist <bundle>`: the obligations checklist for legal review, in Markdown.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Write the obligations checklist for legal review (Markdown), tied to the bundle file's SHA-256.",
        discussion:
            "The same check as `check --format markdown`, with the bundle file always hashed. Exit status as for check."
    )

    @Argument(help: CheckOptions.bundleHelp)
    var bundle: String

    @OptionGroup var options: CheckOptions

    func run() throws {
        try options.run(bundle: bundle, format: .markdown)
    }
}
