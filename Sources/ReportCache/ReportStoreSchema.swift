import Foundation
import GRDB

/// The cache's table, created on first use, and the queries that keep it in bounds.
enum ReportStoreSchema {
    /// Creates the table if it is missing; refuses a cache written in a newer layout. Runs in a
    /// write transaction, so two processes opening a new cache at once create it once.
    static func prepare(_ database: Database) throws {
        let version = try Int.fetchOne(database, sql: "PRAGMA user_version") ?? 0
        guard version <= ReportStore.layoutVersion else {
            throw NewerLayout(version: version)
        }
        try database.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS report (
                    bundle TEXT NOT NULL,
                    context TEXT NOT NULL,
                    identity TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    report TEXT NOT NULL,
                    contentDigest TEXT,
                    created REAL NOT NULL,
                    used REAL NOT NULL,
                    hits INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (bundle, context)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS report_used ON report (used);
                PRAGMA user_version = \(ReportStore.layoutVersion);
                """)
    }

    /// Deletes by age, then by total size, least recently used first.
    static func prune(_ database: Database, unusedSince: Date?, maxReportBytes: Int64?) throws -> PruneResult {
        var removed = 0
        var removedBytes: Int64 = 0
        if let unusedSince {
            let cutoff = unusedSince.timeIntervalSince1970
            removedBytes +=
                try Int64.fetchOne(
                    database, sql: "SELECT COALESCE(SUM(LENGTH(CAST(report AS BLOB))), 0) FROM report WHERE used < ?",
                    arguments: [cutoff]
                ) ?? 0
            try database.execute(sql: "DELETE FROM report WHERE used < ?", arguments: [cutoff])
            removed += database.changesCount
        }
        if let maxReportBytes {
            var total =
                try Int64.fetchOne(database, sql: "SELECT COALESCE(SUM(LENGTH(CAST(report AS BLOB))), 0) FROM report")
                ?? 0
            let rows = try Row.fetchCursor(
                database, sql: "SELECT bundle, context, LENGTH(CAST(report AS BLOB)) AS bytes FROM report ORDER BY used"
            )
            var doomed: [(String, String)] = []
            while total > maxReportBytes, let row = try rows.next() {
                let bytes: Int64 = row["bytes"]
                doomed.append((row["bundle"], row["context"]))
                total -= bytes
                removedBytes += bytes
            }
            for (bundle, context) in doomed {
                try database.execute(
                    sql: "DELETE FROM report WHERE bundle = ? AND context = ?", arguments: [bundle, context])
            }
            removed += doomed.count
        }
        let remaining = try Int.fetchOne(database, sql: "SELECT COUNT(*) FROM report") ?? 0
        return PruneResult(removed: removed, removedBytes: removedBytes, remaining: remaining)
    }
}

/// The cache was written by a newer clearance, in a layout this one cannot read.
struct NewerLayout: Error, CustomStringConvertible {
    let version: Int

    var description: String {
        "written by a newer clearance (layout \(version), this one reads \(ReportStore.layoutVersion))"
    }
}
