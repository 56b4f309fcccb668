import ArchiveIO
import Platform

/// The SHA-256 of a whole file on disk, read in large blocks.
public enum FileDigest {
    /// The lower-case hex SHA-256 of the file at `path`; `beforeEachBlock` runs before each read.
    public static func sha256(ofFileAt path: String, beforeEachBlock: () -> Void = {}) throws -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ArchiveIOError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
        defer { buffer.deallocate() }
        let stream = SHA256Stream()
        while true {
            beforeEachBlock()
            let got = read(descriptor, buffer.baseAddress, buffer.count)
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw ArchiveIOError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            stream.update(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
        }
        return stream.hexDigest()
    }
}
