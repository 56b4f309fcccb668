import ArgumentParser
import Clearance
import Foundation

/// `clearance cache prune <path>`: drop reports unused for a while, or the least recently used
/// ones beyond a size, and say what went.
struct CachePruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove old reports from the report cache.",
        discussion: "Give --max-age-days, --max-size-mib or both; reports are removed least recently used first."
    )

    @Argument(help: "The cache file (as given to --cache).")
    var path: String

    @Option(name: .customLong("max-age-days"), help: "Remove reports not used for this many days.")
    var maxAgeDays: Int?

    @Option(
        name: .customLong("max-size-mib"),
        help: "Then remove the least recently used reports until their text takes at most this many MiB.")
    var maxSizeMiB: Int?

    func validate() throws {
        guard maxAgeDays != nil || maxSizeMiB != nil else {
            throw ValidationError("give --max-age-days, --max-size-mib or both")
        }
        if let maxAgeDays, maxAgeDays < 0 { throw ValidationError("--max-age-days must not be negative") }
        if let maxSizeMiB, maxSizeMiB < 0 { throw ValidationError("--max-size-mib must not be negative") }
    }

    func run() throws {
        let result = try Clearance.pruneCache(
            path: path,
            unusedSince: maxAgeDays.map { Date().addingTimeInterval(-Double($0) * 86_400) },
            maxReportBytes: maxSizeMiB.map { Int64($0) << 20 }
        )
        Output.write(
            "\(path): removed \(result.removed) report\(result.removed == 1 ? "" : "s") (\(CacheSize.text(result.removedBytes))); \(result.remaining) left\n"
        )
    }
}
