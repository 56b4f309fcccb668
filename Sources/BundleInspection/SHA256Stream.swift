import Crypto

/// A SHA-256 computed over a stream of blocks.
final class SHA256Stream {
    private var hasher = SHA256()

    func update(_ block: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: block)
    }

    /// The lower-case hex digest.
    func hexDigest() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
