import Platform

/// Bytes that can be read at any offset: what a nested zip needs to be read the way Python's
/// `zipfile` and torch read it, from its central directory at the end.
protocol RandomAccessBytes: AnyObject {
    /// How many bytes there are.
    var count: UInt64 { get }
    /// Copies up to `buffer.count` bytes starting at `offset`; fewer only at the end.
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension RandomAccessBytes {
    /// Up to `length` bytes from `offset`; fewer only at the end.
    func bytes(at offset: UInt64, length: Int) throws -> [UInt8] {
        guard offset < count else { return [] }
        let wanted = Int(min(UInt64(length), count - offset))
        var result = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let got = try result.withUnsafeMutableBytes {
                try read(at: offset + UInt64(filled), into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            guard got > 0 else { break }
            filled += got
        }
        return Array(result.prefix(filled))
    }
}

/// A region of an open file, read with `pread`, so reading it never moves the file's position.
final class DescriptorBytes: RandomAccessBytes {
    let count: UInt64
    private let descriptor: Int32
    private let start: UInt64
    private let path: String
    /// What owns the descriptor, kept alive while these bytes are.
    private let owner: AnyObject

    init(descriptor: Int32, start: UInt64, count: UInt64, path: String, owner: AnyObject) {
        self.descriptor = descriptor
        self.start = start
        self.count = count
        self.path = path
        self.owner = owner
    }

    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < count, buffer.count > 0 else { return 0 }
        let wanted = Int(min(UInt64(buffer.count), count - offset))
        while true {
            let got = pread(descriptor, buffer.baseAddress, wanted, off_t(start + offset))
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw ArchiveIOError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            return got
        }
    }
}

/// Bytes held in memory: a nested archive buffered because nothing below it can seek.
final class MemoryBytes: RandomAccessBytes {
    private let storage: [UInt8]

    init(_ storage: [UInt8]) {
        self.storage = storage
    }

    var count: UInt64 { UInt64(storage.count) }

    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < count else { return 0 }
        let taken = min(buffer.count, storage.count - Int(offset))
        storage.withUnsafeBytes {
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset) + taken]))
        }
        return taken
    }
}

/// A stretch of other random-access bytes: an entry stored uncompressed inside them.
final class SliceBytes: RandomAccessBytes {
    let count: UInt64
    private let base: RandomAccessBytes
    private let start: UInt64

    init(_ base: RandomAccessBytes, start: UInt64, count: UInt64) {
        self.base = base
        self.start = start
        self.count = count
    }

    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset < count else { return 0 }
        let wanted = Int(min(UInt64(buffer.count), count - offset))
        return try base.read(at: start + offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]))
    }
}
