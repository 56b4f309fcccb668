import Crypto
import Synchronization

/// A SHA-256 computed over a stream of blocks, which may arrive on another thread than the one
/// that created it; the lock is uncontended and costs nothing next to hashing a block.
final class SHA256Stream: Sendable {
    private let state = Mutex(SHA256())

    func update(_ block: UnsafeRawBufferPointer) {
        state.withLock { $0.update(bufferPointer: block) }
    }

    func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The lower-case hex digest of everything fed so far.
    func hexDigest() -> String {
        state.withLock { $0.finalize() }.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
