import Dispatch
import Synchronization

/// Hashes the content of large entries on a second core while the first reads and decompresses
/// the bundle. At most `inFlight` copied blocks wait at any time, so memory stays bounded.
final class BackgroundHasher: Sendable {
    /// Entries smaller than this are hashed where they are read: handing them over costs more.
    static let minimumSize: UInt64 = 1 << 20

    private let queue = DispatchQueue(label: "clearance.entry-hashing")
    private let slots: DispatchSemaphore
    private let digests = Mutex<[Int: String]>([:])
    private let gate: HashingGate

    /// A hasher that keeps `gate` informed of the blocks it has queued.
    init(gate: HashingGate, inFlight: Int = 8) {
        self.gate = gate
        slots = DispatchSemaphore(value: inFlight)
    }

    /// Queues a copy of `block` to be added to `stream`, waiting while too many are queued.
    func submit(_ block: UnsafeRawBufferPointer, to stream: SHA256Stream) {
        let copy = [UInt8](block)
        slots.wait()
        gate.blockQueued()
        queue.async { [slots, gate] in
            stream.update(copy)
            gate.blockHashed()
            slots.signal()
        }
    }

    /// Records the digest of `stream` under `key` once every block queued before has been added.
    func finish(_ stream: SHA256Stream, key: Int) {
        queue.async { [self] in
            let digest = stream.hexDigest()
            self.digests.withLock { $0[key] = digest }
        }
    }

    /// Waits for everything queued, then returns the digests by key.
    func collect() -> [Int: String] {
        queue.sync {}
        return digests.withLock { $0 }
    }
}
