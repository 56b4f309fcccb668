import ArgumentParser
import Clearance

/// `clearance`: checks a derivative model's release bundle against its upstream licenses.
struct ClearanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Check a derivative AI model's release bundle against the obligations of its upstream licenses.",
        version: Clearance.version,
        subcommands: [
            CheckCommand.self, ChecklistCommand.self, FixCommand.self, InspectCommand.self, OpennessCommand.self,
            PoliciesCommand.self, CacheCommand.self,
        ]
    )
}
