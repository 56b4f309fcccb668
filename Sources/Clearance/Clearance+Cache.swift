import Foundation
import ReportCache

/// `clearance cache`: the report cache of `check --batch --cache`.
extension Clearance {
    /// What the cache at `path` holds: reports, bundles, sizes, hits and when it was used.
    ///
    /// - Throws: `ReportCacheError` when there is no such file or it is not a usable cache.
    public static func cacheStatistics(path: String) throws -> CacheStatistics {
        try openCache(path).statistics()
    }

    /// Removes from the cache at `path` the reports unused since `unusedSince`, then the least
    /// recently used ones until the report text takes at most `maxReportBytes`.
    ///
    /// - Throws: `ReportCacheError` when there is no such file or it is not a usable cache.
    public static func pruneCache(path: String, unusedSince: Date?, maxReportBytes: Int64?) throws -> PruneResult {
        try openCache(path).prune(unusedSince: unusedSince, maxReportBytes: maxReportBytes)
    }

    /// An existing cache: looking after one never creates it.
    private static func openCache(_ path: String) throws(ReportCacheError) -> ReportStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ReportCacheError.unusable(path: path, reason: "no such file")
        }
        return try ReportStore(path: path)
    }
}
