/// Where a report is filed: the bundle as named, what it was when checked, and everything
/// else the report depends on.
public struct CacheKey: Sendable, Hashable {
    /// The bundle as the list names it (the report's `subject.path`).
    public var bundle: String
    /// What the bundle was: a file's device, inode, size and modification time, a directory's
    /// listing of those, or a Hub repository's commit.
    public var identity: String
    /// A digest of the tool version, the policies, the facts, the waivers and the options.
    public var context: String

    /// Creates a key.
    public init(bundle: String, identity: String, context: String) {
        self.bundle = bundle
        self.identity = identity
        self.context = context
    }
}

/// A report found in the cache.
public struct CachedReport: Sendable, Equatable {
    /// The verdict, as the report gives it.
    public var verdict: String
    /// The report, as one line of JSON.
    public var report: String
    /// The SHA-256 of the bundle file when it was checked with `--hash`.
    public var contentDigest: String?

    /// Creates a cached report.
    public init(verdict: String, report: String, contentDigest: String? = nil) {
        self.verdict = verdict
        self.report = report
        self.contentDigest = contentDigest
    }
}
