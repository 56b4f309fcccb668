import ArgumentParser

/// `clearance policies …`: the license packs behind the checks, and the data they are derived from.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List, show and explain the license packs and their rules; derive license fingerprints.",
        subcommands: [
            PoliciesListCommand.self, PoliciesShowCommand.self, PoliciesExplainCommand.self, PoliciesPagesCommand.self,
            FingerprintCommand.self,
        ]
    )
}
