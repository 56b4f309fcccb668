internal import CArchive
import Platform

/// The bundle file on disk, as libarchive's input: read in large blocks, skipped by seeking.
///
/// Skips are clamped to the end of the file, so an entry that claims more bytes than the file
/// holds is reported by libarchive as truncated instead of being silently seeked past.
final class BundleFile {
    let path: String
    let descriptor: Int32
    let size: Int64
    private let buffer: UnsafeMutableRawBufferPointer
    private var position: Int64 = 0
    /// Bytes actually read from disk (skipped bytes are not counted).
    private(set) var bytesRead: UInt64 = 0
    /// The errno of a failed read, if any.
    private(set) var readError: Int32?
    /// Told how far into the file reading has come.
    var progress: ReadProgress?

    static let blockSize = 1 << 20

    init(path: String) throws(ArchiveIOError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BundleFile.openError(path: path, errno: errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
        self.size = Int64(info.st_size)
        self.buffer = .allocate(byteCount: Self.blockSize, alignment: 64)
    }

    deinit {
        buffer.deallocate()
        close(descriptor)
    }

    static func openError(path: String, errno code: Int32) -> ArchiveIOError {
        code == ENOENT ? .notFound(path: path) : .unreadable(path: path, reason: String(cString: strerror(code)))
    }

    /// Up to `count` bytes from the start of the file, without moving the read position.
    func prefix(_ count: Int) throws(ArchiveIOError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
        guard got >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        return Array(bytes.prefix(got))
    }

    /// Hands this file to a libarchive handle as its input and opens it.
    func attach(to handle: ArchiveHandle) throws(ArchiveFailure) {
        let pointer = handle.pointer
        archive_read_set_read_callback(pointer, bundleFileRead)
        archive_read_set_skip_callback(pointer, bundleFileSkip)
        archive_read_set_seek_callback(pointer, bundleFileSeek)
        archive_read_set_callback_data(pointer, Unmanaged.passUnretained(self).toOpaque())
        guard archive_read_open1(pointer) == ARCHIVE_OK else { throw handle.failure() }
    }

    /// Throws when a read of the bundle file failed since the last check.
    func checkReadError() throws {
        if let readError { throw ArchiveFailure(String(cString: strerror(readError))) }
    }

    fileprivate func read(into target: UnsafeMutablePointer<UnsafeRawPointer?>) -> Int {
        while true {
            let got = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                readError = errno
                return -1
            }
            position += Int64(got)
            bytesRead += UInt64(got)
            progress?.advance(to: UInt64(position))
            target.pointee = UnsafeRawPointer(buffer.baseAddress)
            return got
        }
    }

    fileprivate func skip(_ request: Int64) -> Int64 {
        let allowed = max(0, min(request, size - position))
        guard allowed > 0, lseek(descriptor, off_t(allowed), SEEK_CUR) >= 0 else { return 0 }
        position += allowed
        progress?.advance(to: UInt64(position))
        return allowed
    }

    fileprivate func seek(_ offset: Int64, whence: Int32) -> Int64 {
        let result = lseek(descriptor, off_t(offset), whence)
        guard result >= 0 else { return Int64(ARCHIVE_FATAL) }
        position = Int64(result)
        return position
    }
}

private func file(_ context: UnsafeMutableRawPointer?) -> BundleFile? {
    context.map { Unmanaged<BundleFile>.fromOpaque($0).takeUnretainedValue() }
}

private func bundleFileRead(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UnsafeRawPointer?>?
) -> la_ssize_t {
    guard let file = file(context), let buffer else { return -1 }
    return la_ssize_t(file.read(into: buffer))
}

private func bundleFileSkip(_: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ request: la_int64_t) -> la_int64_t
{
    file(context)?.skip(request) ?? 0
}

private func bundleFileSeek(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ offset: la_int64_t, _ whence: Int32
) -> la_int64_t {
    file(context)?.seek(offset, whence: whence) ?? Int64(ARCHIVE_FATAL)
}

/// The bundle file at any offset, for entries stored in it as they are (a checkpoint zip inside
/// an uncompressed tar or zip), read with `pread` so the sequential reading is undisturbed.
extension BundleFile: RandomAccessBytes {
    var count: UInt64 { UInt64(max(0, size)) }

    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < count, buffer.count > 0 else { return 0 }
        let wanted = Int(min(UInt64(buffer.count), count - offset))
        while true {
            let got = pread(descriptor, buffer.baseAddress, wanted, off_t(offset))
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw ArchiveIOError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            return got
        }
    }
}
