#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a regular file on disk, opened on the first read: skipping a file costs nothing.
final class FileSource: ContentSource {
    private let path: RawPath
    private var descriptor: Int32 = -1
    private var buffer: UnsafeMutableRawBufferPointer?
    private var done = false

    static let blockSize = 1 << 18

    init(path: RawPath) {
        self.path = path
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
        return DescriptorBytes(descriptor: descriptor, start: 0, count: UInt64(max(0, info.st_size)), path: path.display, owner: self)
    }

    private func openedBuffer() throws -> UnsafeMutableRawBufferPointer {
        if let buffer { return buffer }
        descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw BundleFile.openError(path: path.display, errno: errno) }
        let created = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockSize, alignment: 64)
        buffer = created
        return created
    }
}
