import BundleInspection
import BundleModel
import ReportCache
import Reporting
import Synchronization

/// Checks one bundle of a batch with a prepared `Checker`, turning every failure into an
/// outcome (a batch goes on past a bundle it cannot read), and answers unchanged bundles from a
/// report cache when one is given.
public final class BatchCheck: Sendable {
    /// The prepared check.
    public let checker: Checker
    private let cache: (store: ReportStore, context: String)?
    private let cacheFailure = Mutex<ReportCacheError?>(nil)

    /// A batch check of what `request` names (its `bundlePath` aside), through the report cache
    /// at `cachePath` when given, created if there is none.
    ///
    /// - Throws: what `Checker(request:)` throws; `ReportCacheError` for a file that is not a
    ///   usable cache; when the facts or waivers files cannot be read again for the cache key.
    public init(request: CheckRequest, cachePath: String? = nil) throws {
        let checker = try Checker(request: request)
        self.checker = checker
        self.cache = try cachePath.map { (try ReportStore(path: $0), try CacheContext.digest(for: checker)) }
    }

    /// The first cache failure of the batch, if any: the cache was then bypassed, the reports
    /// are still right.
    public var firstCacheFailure: ReportCacheError? { cacheFailure.withLock { $0 } }

    /// Checks `bundle`, or finds its report in the cache; never throws.
    public func outcome(for bundle: String) -> BatchOutcome {
        let key = cache.flatMap { cache in
            BundleIdentity.of(path: bundle).map { CacheKey(bundle: bundle, identity: $0, context: cache.context) }
        }
        if let key, let cached = lookUp(key) { return cached }
        do {
            let report = try checker.check(bundlePath: bundle).report
            let line = try JSONLines.line(report)
            // Filed only if the bundle did not change while it was read.
            if let key, BundleIdentity.of(path: bundle) == key.identity {
                record {
                    try cache?.store.store(
                        CachedReport(
                            verdict: report.verdict.rawValue, report: line, contentDigest: report.subject.sha256),
                        for: key)
                }
            }
            return .checked(bundle: bundle, verdict: report.verdict, line: line, fromCache: false)
        } catch {
            return Self.failure(bundle: bundle, error: error)
        }
    }

    /// Writes what the cache still holds in memory; call when the batch is done.
    public func finish() {
        record { try cache?.store.flushUses() }
    }

    private func lookUp(_ key: CacheKey) -> BatchOutcome? {
        guard let store = cache?.store,
            let cached = record({ try store.report(for: key) }) ?? nil,
            let verdict = Verdict(rawValue: cached.verdict)
        else { return nil }
        if let digest = cached.contentDigest, checker.request.computeHashes || checker.request.hashBundleFile {
            // With --hash, the content must still be what was checked, whatever the file's signature says.
            guard (try? FileDigest.sha256(ofFileAt: key.bundle)) == digest else { return nil }
        }
        return .checked(bundle: key.bundle, verdict: verdict, line: cached.report, fromCache: true)
    }

    /// Runs a cache operation; a failure is remembered and the cache bypassed for this bundle.
    @discardableResult
    private func record<Value>(_ operation: () throws -> Value) -> Value? {
        do {
            return try operation()
        } catch {
            // Every cache operation throws ReportCacheError only.
            cacheFailure.withLock { $0 = $0 ?? (error as? ReportCacheError) }
            return nil
        }
    }

    /// The outcome for a bundle that `error` kept from being checked: its first line is the reason.
    static func failure(bundle: String, error: any Error) -> BatchOutcome {
        let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        let line = (try? JSONLines.line(BatchErrorLine(bundle: bundle, error: reason))) ?? "{}"
        return .failed(bundle: bundle, line: line, reason: reason)
    }
}
