import ArgumentParser

/// `clearance policies …`: the license packs behind the checks.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List, show and explain the license packs and their rules.",
        subcommands: [PoliciesListCommand.self, PoliciesShowCommand.self, PoliciesExplainCommand.self]
    )
}
