import Dispatch

/// Runs one piece of work per bundle of a list, `jobs` at a time, and hands the results back in
/// the order of the list.
///
/// Bounded by construction: at most `jobs` bundles are worked on at once, and at most `window`
/// results wait for an earlier, slower bundle, so memory depends on `jobs`, never on the length
/// of the list. The work itself is blocking (file and network reads, parsing): each piece runs
/// on a Dispatch worker, so the concurrency pool is never blocked by it.
public struct BatchRunner: Sendable {
    /// How many bundles are worked on at once.
    public let jobs: Int
    /// How many results, done or in progress, may be ahead of the next one handed back.
    public let window: Int

    /// A runner for `jobs` parallel jobs (at least 1).
    public init(jobs: Int) {
        self.jobs = max(1, jobs)
        self.window = self.jobs * 4
    }

    /// Works through the bundles `next` returns until it returns nil.
    ///
    /// - Parameters:
    ///   - next: the next bundle of the list, or nil at its end; called on the caller's task only.
    ///   - work: what is done with one bundle; it must not throw, an unreadable bundle is a result.
    ///   - deliver: receives each result, in list order, on the caller's task.
    /// - Throws: what `next` or `deliver` throws; the work in progress is cancelled and awaited.
    public func run<Result: Sendable>(
        next: () throws -> String?,
        work: @escaping @Sendable (String) -> Result,
        deliver: (Result) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var submitted = 0
            var delivered = 0
            var inFlight = 0
            var exhausted = false
            var waiting: [Int: Result] = [:]
            func submit() throws {
                while !exhausted, inFlight < jobs, submitted - delivered < window {
                    guard let bundle = try next() else {
                        exhausted = true
                        return
                    }
                    let index = submitted
                    group.addTask { (index, await Self.offload { work(bundle) }) }
                    submitted += 1
                    inFlight += 1
                }
            }
            try submit()
            while let (index, result) = try await group.next() {
                inFlight -= 1
                waiting[index] = result
                while let ready = waiting.removeValue(forKey: delivered) {
                    try deliver(ready)
                    delivered += 1
                }
                try submit()
            }
        }
    }

    /// Runs blocking `work` on a Dispatch worker thread and waits for it without blocking.
    private static func offload<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
