import ArgumentParser
import Clearance
import Foundation

/// `clearance cache stats <path>`: how many reports, how large, how used.
struct CacheStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Show what the report cache holds.")

    @Argument(help: "The cache file (as given to --cache).")
    var path: String

    @Option(help: "Output format: text or json.")
    var format: InspectFormat = .text

    func run() throws {
        let statistics = try Clearance.cacheStatistics(path: path)
        if format == .json { return Output.write(try Clearance.json(statistics)) }
        let dates = ISO8601DateFormatter()
        var lines = [
            "\(path): \(statistics.reports) report\(statistics.reports == 1 ? "" : "s") about \(statistics.bundles) bundle\(statistics.bundles == 1 ? "" : "s")",
            "  report text: \(CacheSize.text(statistics.reportBytes)); file on disk: \(CacheSize.text(statistics.fileBytes))",
            "  answered from the cache: \(statistics.hits) time\(statistics.hits == 1 ? "" : "s")",
        ]
        if let oldest = statistics.oldestUse, let newest = statistics.newestUse {
            lines.append("  last used: \(dates.string(from: oldest)) (least recent) to \(dates.string(from: newest))")
        }
        Output.write(lines.joined(separator: "\n") + "\n")
    }
}

/// Byte counts for people.
enum CacheSize {
    static func text(_ bytes: Int64) -> String {
        bytes < 1 << 20
            ? String(format: "%.1f KiB", Double(bytes) / 1024) : String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }
}
