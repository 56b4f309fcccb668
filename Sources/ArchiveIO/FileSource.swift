import Platform

/// The bytes of a regular file on disk, opened on the first read: skipping a file costs nothing.
///
/// A file found by walking a folder is opened without following a link, and must be the very
/// file the walk saw (same device and inode): a link or another file swapped in between the walk's
/// `lstat` and the `open` is refused, so a report never quotes a file outside the bundle.
final class FileSource: RandomAccessSource {
    private let path: RawPath
    /// What the walk's `lstat` saw, for a file of a folder; nil for a file named on the command line.
    private let expected: stat?
    private var descriptor: Int32 = -1
    private var buffer: UnsafeMutableRawBufferPointer?
    private var done = false

    static let blockSize = 1 << 18
    static let swapped = "it was replaced while the bundle was read (by a link or another file)"

    init(path: RawPath, expected: stat? = nil) {
        self.path = path
        self.expected = expected
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer?.deallocate()
    }

    func nextBlock() throws -> UnsafeRawBufferPointer {
        guard !done else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let buffer = try openedBuffer()
        while true {
            let got = read(descriptor, buffer.baseAddress, buffer.count)
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw ArchiveIOError.unreadable(path: path.display, reason: String(cString: strerror(errno)))
            }
            if got == 0 { done = true }
            return UnsafeRawBufferPointer(start: buffer.baseAddress, count: got)
        }
    }

    func discardRemainder() {
        done = true
    }

    func randomAccess() throws -> RandomAccessBytes? {
        _ = try openedBuffer()
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw ArchiveIOError.unreadable(path: path.display, reason: String(cString: strerror(errno)))
        }
        let size = UInt64(max(0, info.st_size))
        return DescriptorBytes(descriptor: descriptor, start: 0, count: size, path: path.display, owner: self)
    }

    private func openedBuffer() throws -> UnsafeMutableRawBufferPointer {
        if let buffer { return buffer }
        let flags = O_RDONLY | O_CLOEXEC | (expected == nil ? 0 : O_NOFOLLOW)
        descriptor = path.withCString { open($0, flags) }
        guard descriptor >= 0 else {
            if errno == ELOOP { throw ArchiveIOError.unreadable(path: path.display, reason: Self.swapped) }
            throw BundleFile.openError(path: path.display, errno: errno)
        }
        if let expected {
            var opened = stat()
            guard fstat(descriptor, &opened) == 0, opened.st_dev == expected.st_dev, opened.st_ino == expected.st_ino,
                opened.st_mode & S_IFMT == S_IFREG
            else {
                throw ArchiveIOError.unreadable(path: path.display, reason: Self.swapped)
            }
        }
        let created = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockSize, alignment: 64)
        buffer = created
        return created
    }
}
