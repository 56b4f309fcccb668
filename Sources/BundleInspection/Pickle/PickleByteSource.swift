import ArchiveIO

/// Where a pickle stream's bytes come from: an entry's content, or a prefix held in memory.
protocol PickleByteSource {
    /// Consumes and returns up to `count` bytes; fewer only at the end.
    func read(_ count: Int) throws -> [UInt8]
    /// Consumes up to `count` bytes without keeping them; returns how many there were.
    func skip(_ count: UInt64) throws -> UInt64
}

extension EntryContent: PickleByteSource {}
