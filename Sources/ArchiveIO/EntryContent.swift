/// The bytes of one entry, read at most once, front to back.
///
/// A consumer may look at a bounded prefix without consuming it (`peek`), consume bytes
/// (`read`, `forEachChunk`), or leave the rest unread: whatever is not consumed is skipped when
/// the entry is done, by seeking where the container allows it. The object is only valid inside
/// the handler that received it.
public final class EntryContent {
    private let source: ContentSource
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var reachedEnd = false
    private var finished = false
    /// Bytes handed out so far (by `read` and `forEachChunk`).
    public private(set) var bytesConsumed: UInt64 = 0
    /// Bytes taken from the source so far, including those only peeked at.
    public private(set) var bytesFetched: UInt64 = 0
    private var observer: ((UnsafeRawBufferPointer) -> Void)?

    init(source: ContentSource) {
        self.source = source
    }

    /// Makes the object stand for the next entry of its source, which is read one entry after
    /// another (an archive's), once the previous one is finished.
    func begin() {
        precondition(finished || bytesFetched == 0, "begin the next entry once the previous one is finished")
        releaseBuffer()
        reachedEnd = false
        finished = false
        bytesConsumed = 0
        bytesFetched = 0
        observer = nil
    }

    /// Empties the buffer; small storage is kept for the next entry, large storage given back.
    private func releaseBuffer() {
        if buffer.capacity > Self.keptBufferCapacity {
            buffer = []
        } else {
            buffer.removeAll(keepingCapacity: true)
        }
        bufferStart = 0
    }

    /// The most buffer storage kept from one entry to the next.
    private static let keptBufferCapacity = 64 << 10

    private var bufferedCount: Int { buffer.count - bufferStart }

    /// Sees every byte of the entry exactly once, in order, as it is taken from the container
    /// (for hashing). Must be set before anything is read; `drain()` makes it see the rest.
    public func observe(_ observer: @escaping (UnsafeRawBufferPointer) -> Void) {
        precondition(bytesFetched == 0, "observe the content before reading it")
        self.observer = observer
    }

    /// Consumes and discards up to `count` bytes without keeping them; returns how many there were.
    @discardableResult
    public func skip(_ count: UInt64) throws -> UInt64 {
        var left = count
        while left > 0 {
            if bufferedCount > 0 {
                let taken = Int(min(UInt64(bufferedCount), left))
                consumeBuffered(taken)
                left -= UInt64(taken)
                continue
            }
            guard !reachedEnd else { break }
            let block = try source.nextBlock()
            guard !block.isEmpty else {
                reachedEnd = true
                break
            }
            bytesFetched += UInt64(block.count)
            observer?(block)
            let taken = Int(min(UInt64(block.count), left))
            bytesConsumed += UInt64(taken)
            left -= UInt64(taken)
            if taken < block.count {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[taken...]))
            }
        }
        return count - left
    }

    /// Consumes everything that is left and returns the entry's total size in bytes.
    @discardableResult
    public func drain() throws -> UInt64 {
        while try nextChunk() != nil {}
        return bytesConsumed
    }

    /// Up to `count` bytes from the current position, without consuming them.
    public func peek(_ count: Int) throws -> [UInt8] {
        try fill(upTo: count)
        // All that is buffered, from its start, as a peek at a small entry is: the buffer is
        // handed out shared, and copied only if it grows while the caller still holds it.
        if bufferStart == 0, count >= buffer.count { return buffer }
        return Array(buffer[bufferStart..<bufferStart + min(count, bufferedCount)])
    }

    /// Consumes and returns up to `count` bytes; fewer only at the end of the entry.
    ///
    /// When the request takes everything buffered, the buffer itself is handed over rather than
    /// copied, so a large read (a JSON header of many megabytes) costs its size once, not twice,
    /// and is not kept after the caller drops it.
    public func read(_ count: Int) throws -> [UInt8] {
        try fill(upTo: count)
        let taken = min(count, bufferedCount)
        if bufferStart == 0, taken == buffer.count {
            let bytes = buffer
            buffer = []
            bytesConsumed += UInt64(taken)
            return bytes
        }
        let bytes = Array(buffer[bufferStart..<bufferStart + taken])
        consumeBuffered(taken)
        return bytes
    }

    /// Consumes everything that is left, handing it out in chunks.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        while let chunk = try nextChunk() {
            try body(chunk)
        }
    }

    /// The next chunk of the remaining bytes, consumed; nil at the end.
    /// The buffer stays valid until the next call on this object.
    func nextChunk() throws -> UnsafeRawBufferPointer? {
        if bufferedCount > 0 {
            let chunk = buffer.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[bufferStart...]) }
            let stable = stableCopy(of: chunk)
            consumeBuffered(bufferedCount)
            return stable
        }
        guard !reachedEnd else { return nil }
        let block = try source.nextBlock()
        guard !block.isEmpty else {
            reachedEnd = true
            return nil
        }
        bytesFetched += UInt64(block.count)
        bytesConsumed += UInt64(block.count)
        observer?(block)
        return block
    }

    /// The entry's bytes at any offset, when its source can give them without decompressing:
    /// trusted only when they start with `prefix`, the bytes the entry was seen to start with.
    func randomAccess(startingWith prefix: [UInt8]) throws -> RandomAccessBytes? {
        guard let seekable = source as? RandomAccessSource, let bytes = try seekable.randomAccess(),
            try bytes.bytes(at: 0, length: prefix.count) == prefix
        else {
            return nil
        }
        return bytes
    }

    /// Skips what is left. Called by the reader when the handler is done with the entry.
    func finish() throws {
        guard !finished else { return }
        finished = true
        releaseBuffer()
        if observer != nil {
            while try nextChunk() != nil {}
        } else if !reachedEnd {
            try source.discardRemainder()
        }
        reachedEnd = true
    }

    private func fill(upTo count: Int) throws {
        while bufferedCount < count, !reachedEnd {
            let block = try source.nextBlock()
            if block.isEmpty {
                reachedEnd = true
            } else {
                if bufferStart > 0 {
                    // Drop what was consumed before growing: reading an entry piece by piece
                    // must not keep all of it.
                    buffer.removeFirst(bufferStart)
                    bufferStart = 0
                }
                buffer.append(contentsOf: block)
                bytesFetched += UInt64(block.count)
                observer?(block)
            }
        }
    }

    private func consumeBuffered(_ count: Int) {
        bufferStart += count
        bytesConsumed += UInt64(count)
        if bufferStart == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            bufferStart = 0
        }
    }

    private var stableStorage: UnsafeMutableRawBufferPointer?

    private func stableCopy(of bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        stableStorage?.deallocate()
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        storage.copyMemory(from: bytes)
        stableStorage = storage
        return UnsafeRawBufferPointer(storage)
    }

    deinit {
        stableStorage?.deallocate()
    }
}
