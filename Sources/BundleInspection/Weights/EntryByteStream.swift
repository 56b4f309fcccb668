import ArchiveIO

/// The bytes of one entry as the weights readers consume them: once, front to back.
///
/// `EntryContent` is the real stream; tests hand the readers bytes held in memory.
protocol EntryByteStream: AnyObject {
    /// Consumes and returns up to `count` bytes; fewer only at the end of the entry.
    func read(_ count: Int) throws -> [UInt8]
    /// Consumes and discards up to `count` bytes; returns how many there were.
    func skip(_ count: UInt64) throws -> UInt64
    /// Consumes everything that is left and returns the entry's total size.
    func drain() throws -> UInt64
}

extension EntryContent: EntryByteStream {}
