import ArgumentParser

/// `clearance cache stats|prune <path>`: look after the report cache of `check --batch --cache`.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show or prune the report cache that `check --batch --cache` keeps.",
        subcommands: [CacheStatsCommand.self, CachePruneCommand.self]
    )
}
