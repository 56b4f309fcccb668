import Dispatch
import Synchronization

/// The SHA-256 of the bundle file, computed on another thread while the bundle is inspected.
final class ConcurrentFileDigest: Sendable {
    private let group = DispatchGroup()
    private let result = Mutex<Result<String, any Error>?>(nil)

    /// Starts hashing the file at `path`, waiting on `gate` before each block.
    init(path: String, gate: HashingGate) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            let outcome = Result { try FileDigest.sha256(ofFileAt: path, beforeEachBlock: gate.waitForTurn) }
            self.result.withLock { $0 = outcome }
        }
    }

    /// Waits for the digest.
    func value() throws -> String {
        group.wait()
        return try result.withLock { $0 }!.get()
    }
}
