import Dispatch
import Synchronization

/// Runs async work from a synchronous command and waits for its result.
///
/// The command runs on the main thread, outside the concurrency pool, so blocking it while the
/// work runs on the pool cannot starve the pool.
final class AsyncBridge<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<Value, any Error>?>(nil)

    private init() {}

    /// The value `work` returns, or the error it throws.
    static func wait(for work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let bridge = AsyncBridge()
        Task {
            let result: Result<Value, any Error>
            do { result = .success(try await work()) } catch { result = .failure(error) }
            bridge.outcome.withLock { $0 = result }
            bridge.done.signal()
        }
        bridge.done.wait()
        return try bridge.outcome.withLock { $0 }!.get()
    }
}
