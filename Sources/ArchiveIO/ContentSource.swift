/// Where the bytes of one entry come from: a file on disk, the current entry of an archive, or
/// a file of a remote bundle (`RemoteBundle`).
public protocol ContentSource: AnyObject {
    /// The next block of the entry; an empty buffer at its end.
    /// The buffer stays valid until the next call on this source.
    func nextBlock() throws -> UnsafeRawBufferPointer
    /// Discards whatever the entry still holds, seeking where the container allows it.
    func discardRemainder() throws
}
