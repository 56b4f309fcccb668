import Synchronization

/// How far the reading of a bundle has come, shared with a thread that displays it: the bytes
/// of the bundle file passed (read or skipped) out of its size, the entries seen and the current
/// one. For a folder, the size is not known in advance; the bytes are the entries' sizes.
public final class ReadProgress: Sendable {
    private let position = Atomic<UInt64>(0)
    private let total = Atomic<UInt64>(0)
    private let entryCount = Atomic<Int>(0)
    private let entry = Mutex<String>("")

    public init() {}

    /// What the display shows.
    public struct Snapshot: Sendable, Equatable {
        /// Bytes of the bundle passed so far.
        public let bytes: UInt64
        /// The bundle file's size, or 0 when it is not known (a folder).
        public let totalBytes: UInt64
        public let entries: Int
        /// The path of the entry being read.
        public let currentEntry: String
    }

    public var snapshot: Snapshot {
        Snapshot(
            bytes: position.load(ordering: .relaxed), totalBytes: total.load(ordering: .relaxed),
            entries: entryCount.load(ordering: .relaxed), currentEntry: entry.withLock { $0 })
    }

    /// The bundle file is `size` bytes long.
    func start(totalBytes size: UInt64) {
        total.store(size, ordering: .relaxed)
    }

    /// The reader has passed `offset` bytes of the bundle file.
    func advance(to offset: UInt64) {
        position.store(offset, ordering: .relaxed)
    }

    /// A top-level entry begins; for a folder, its size counts as passed once it is read.
    public func enter(_ path: String, size: UInt64?, countsSize: Bool) {
        entry.withLock { $0 = path }
        entryCount.add(1, ordering: .relaxed)
        if countsSize, let size { position.add(size, ordering: .relaxed) }
    }
}
