import ArchiveIO
import Foundation

/// The bytes of one file of a Hub repository, fetched as the inspection consumes them.
///
/// A small file that lives in the repository itself comes whole in one request. A large
/// (git-lfs) file — weights — comes in HTTP ranges that start at 64 KiB and grow fourfold up to
/// 8 MiB, so reading a safetensors header or GGUF metadata costs about its size, and what is
/// never read is never fetched. No more than `maxBytesPerFile` of one file is fetched.
final class HubFileSource: ContentSource {
    private let repository: HubRepository
    private let file: RemoteFile
    private var offset: UInt64 = 0
    private var nextLength: UInt64 = HubFileSource.firstRange
    private var block = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    /// The most fetched from one file.
    static let maxBytesPerFile: UInt64 = 96 << 20
    /// Files kept in the repository itself are at most 10 MB on the Hub; above this, ranges.
    static let wholeFileLimit: UInt64 = 16 << 20
    static let firstRange: UInt64 = 64 << 10
    static let largestRange: UInt64 = 8 << 20

    init(repository: HubRepository, file: RemoteFile) {
        self.repository = repository
        self.file = file
    }

    deinit {
        block.deallocate()
    }

    func nextBlock() throws -> UnsafeRawBufferPointer {
        guard offset < file.size else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let data: Data
        if offset == 0, !file.isLarge, file.size <= Self.wholeFileLimit {
            data = try repository.fetch(file, range: nil, limit: Int(file.size))
        } else {
            guard offset < Self.maxBytesPerFile else {
                throw HubError.fileTooLarge(bundle: repository.bundle, path: file.path, limit: Self.maxBytesPerFile)
            }
            let length = min(nextLength, file.size - offset, Self.maxBytesPerFile - offset)
            data = try repository.fetch(file, range: offset...(offset + length - 1), limit: Int(length))
            nextLength = min(nextLength * 4, Self.largestRange)
        }
        guard !data.isEmpty else {
            throw HubError.malformed(
                bundle: repository.bundle, reason: "\(file.path): the server sent no bytes at offset \(offset)")
        }
        offset += UInt64(data.count)
        block.deallocate()
        block = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
        data.copyBytes(to: block)
        return UnsafeRawBufferPointer(block)
    }

    func discardRemainder() throws {
        offset = file.size
    }
}
