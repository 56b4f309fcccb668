/// Why the report cache could not be used. Each case names the cache file.
public enum ReportCacheError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be opened or created as a cache.
    case unusable(path: String, reason: String)
    /// A read or write of an open cache failed.
    case failed(path: String, reason: String)

    /// One line naming the file and the cause.
    public var description: String {
        switch self {
        case .unusable(let path, let reason): "\(path): cannot be used as a report cache: \(reason)"
        case .failed(let path, let reason): "\(path): report cache: \(reason)"
        }
    }
}
