import Foundation
import GRDB
import Synchronization

/// Reports kept in one SQLite file, one per bundle and context, so an unchanged bundle checked
/// again is answered without being read.
///
/// Safe to share between threads and between processes: the database runs in write-ahead-log
/// mode (readers never wait for the writer), and a writer waits up to `busyTimeout` for another
/// process's write to finish instead of failing. Uses are recorded in memory and written in
/// batches, so a run of cache hits costs reads, not a write each.
public final class ReportStore: Sendable {
    /// The cache file.
    public let path: String
    private let pool: DatabasePool
    private let pendingUses = Mutex<[CacheKey]>([])

    /// The newest layout this code reads; a cache written by a newer clearance is refused.
    static let layoutVersion = 1
    /// How long a write waits for another process's write.
    static let busyTimeout: TimeInterval = 30
    private static let usesPerWrite = 512

    /// Opens the cache at `path`, creating it when it does not exist.
    public init(path: String) throws(ReportCacheError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.write(ReportStoreSchema.prepare)
        } catch {
            throw .unusable(path: path, reason: Self.reason(error))
        }
    }

    /// The report filed under `key`, if the bundle is still what it was.
    public func report(for key: CacheKey) throws(ReportCacheError) -> CachedReport? {
        let row = try run {
            try pool.read { database in
                try Row.fetchOne(
                    database,
                    sql: """
                        SELECT identity, verdict, report, contentDigest FROM report WHERE bundle = ? AND context = ?
                        """, arguments: [key.bundle, key.context])
            }
        }
        guard let row, row["identity"] as String == key.identity else { return nil }
        try noteUse(of: key)
        return CachedReport(verdict: row["verdict"], report: row["report"], contentDigest: row["contentDigest"])
    }

    /// Files `report` under `key`, replacing what was filed for the bundle in that context.
    public func store(_ report: CachedReport, for key: CacheKey) throws(ReportCacheError) {
        let now = Date().timeIntervalSince1970
        try run {
            try pool.write { database in
                try database.execute(
                    sql: """
                        INSERT OR REPLACE INTO report (bundle, context, identity, verdict, report, contentDigest, created, used, hits)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """,
                    arguments: [
                        key.bundle, key.context, key.identity, report.verdict, report.report, report.contentDigest, now,
                        now,
                    ])
            }
        }
    }

    /// What the cache holds.
    public func statistics() throws(ReportCacheError) -> CacheStatistics {
        try flushUses()
        let row = try run {
            try pool.read { database in
                try Row.fetchOne(
                    database,
                    sql: """
                        SELECT COUNT(*) AS reports, COUNT(DISTINCT bundle) AS bundles,
                               COALESCE(SUM(LENGTH(CAST(report AS BLOB))), 0) AS bytes, COALESCE(SUM(hits), 0) AS hits,
                               MIN(used) AS oldest, MAX(used) AS newest FROM report
                        """)
            }
        }
        let fileBytes = ["", "-wal"].reduce(Int64(0)) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?
                .int64Value
            return total + (size ?? 0)
        }
        return CacheStatistics(
            reports: row?["reports"] ?? 0, bundles: row?["bundles"] ?? 0, reportBytes: row?["bytes"] ?? 0,
            fileBytes: fileBytes, hits: row?["hits"] ?? 0,
            oldestUse: (row?["oldest"] as Double?).map(Date.init(timeIntervalSince1970:)),
            newestUse: (row?["newest"] as Double?).map(Date.init(timeIntervalSince1970:))
        )
    }

    /// Removes reports not used since `unusedSince`, then the least recently used ones until the
    /// reports take at most `maxReportBytes`, and gives the space back to the file system.
    public func prune(unusedSince: Date?, maxReportBytes: Int64?) throws(ReportCacheError) -> PruneResult {
        try flushUses()
        let result = try run {
            try pool.write { database in
                try ReportStoreSchema.prune(database, unusedSince: unusedSince, maxReportBytes: maxReportBytes)
            }
        }
        if result.removed > 0 {
            try run { try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM") } }
        }
        return result
    }

    /// Writes the uses recorded in memory; call before the process ends.
    public func flushUses() throws(ReportCacheError) {
        let uses = pendingUses.withLock { pending in
            defer { pending = [] }
            return pending
        }
        guard !uses.isEmpty else { return }
        let now = Date().timeIntervalSince1970
        try run {
            try pool.write { database in
                for key in uses {
                    try database.execute(
                        sql: "UPDATE report SET used = ?, hits = hits + 1 WHERE bundle = ? AND context = ?",
                        arguments: [now, key.bundle, key.context]
                    )
                }
            }
        }
    }

    private func noteUse(of key: CacheKey) throws(ReportCacheError) {
        let full = pendingUses.withLock { pending in
            pending.append(key)
            return pending.count >= Self.usesPerWrite
        }
        if full { try flushUses() }
    }

    private func run<Value>(_ body: () throws -> Value) throws(ReportCacheError) -> Value {
        do {
            return try body()
        } catch {
            throw .failed(path: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}
