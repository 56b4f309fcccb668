/// Where the bytes of one entry come from: a file on disk, the current entry of an archive, or
/// a file of a remote bundle (`RemoteBundle`).
public protocol ContentSource: AnyObject {
    /// The next block of the entry; an empty buffer at its end.
    /// The buffer stays valid until the next call on this source.
    func nextBlock() throws -> UnsafeRawBufferPointer
    /// Discards whatever the entry still holds, seeking where the container allows it.
    func discardRemainder() throws
}

/// A source whose entry may be read at any offset: a file on disk, or an entry stored
/// uncompressed in a container that can seek. A remote file is not one: it is streamed.
protocol RandomAccessSource: ContentSource {
    /// The entry's bytes at any offset, when they can be read that way without decompressing
    /// them. A container's claim is checked against the entry's first bytes before it is trusted.
    func randomAccess() throws -> RandomAccessBytes?
}
