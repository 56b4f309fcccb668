import Foundation

/// What a report cache holds.
public struct CacheStatistics: Sendable, Equatable, Encodable {
    /// Reports stored.
    public var reports: Int
    /// Distinct bundles they are about.
    public var bundles: Int
    /// Bytes of report text.
    public var reportBytes: Int64
    /// Bytes the database file takes on disk, write-ahead log included.
    public var fileBytes: Int64
    /// Times a stored report answered a check.
    public var hits: Int
    /// When the least recently used report was last used.
    public var oldestUse: Date?
    /// When the most recently used report was last used.
    public var newestUse: Date?

    private enum CodingKeys: String, CodingKey {
        case reports, bundles, reportBytes, fileBytes, hits, oldestUse, newestUse
    }

    /// Dates as ISO 8601 text, whatever the encoder's date strategy.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reports, forKey: .reports)
        try container.encode(bundles, forKey: .bundles)
        try container.encode(reportBytes, forKey: .reportBytes)
        try container.encode(fileBytes, forKey: .fileBytes)
        try container.encode(hits, forKey: .hits)
        let format = ISO8601DateFormatter()
        try container.encodeIfPresent(oldestUse.map(format.string(from:)), forKey: .oldestUse)
        try container.encodeIfPresent(newestUse.map(format.string(from:)), forKey: .newestUse)
    }
}

/// What pruning removed and what is left.
public struct PruneResult: Sendable, Equatable, Encodable {
    /// Reports removed.
    public var removed: Int
    /// Bytes of report text removed.
    public var removedBytes: Int64
    /// Reports left.
    public var remaining: Int
}
