import ArgumentParser

/// `clearance policies …`: the license knowledge clearance checks against.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "Work with the license data clearance checks against.",
        subcommands: [FingerprintCommand.self]
    )
}
