internal import CArchive

/// The data of the current entry of a libarchive handle.
///
/// Where libarchive can only skip data by decompressing it — in a nested archive, and in a
/// compressed bundle (tar.gz, tar.bz2, tar.xz, tar.zst, 7z) — the remainder of an entry is read block by block instead of being
/// skipped unseen, and every byte is charged: to the nested budget, or to what the bundle's
/// compressed size allows.
final class ArchiveEntrySource: RandomAccessSource {
    /// Who pays for the bytes the source hands out.
    enum Metering {
        /// A bundle that is not compressed as a whole: what is read is charged to its expansion
        /// allowance (a deflated zip entry, a sparse hole), what is skipped is seeked over.
        case uncompressedBundle(ReadSession)
        case nestedArchive(ReadSession)
        /// A nested zip read through its central directory: what is read is charged, what is
        /// skipped is seeked over, never decompressed.
        case nestedSeekable(ReadSession)
        case compressedBundle(ReadSession)
    }

    private let handle: ArchiveHandle
    private let metering: Metering
    private var position: Int64 = 0
    private var pendingBlock: UnsafeRawBufferPointer?
    private var pendingOffset: Int64 = 0
    private var zeroBlock: UnsafeMutableRawBufferPointer?
    /// Where the entry ends, once libarchive has said so: a sparse entry may end in a hole.
    private var endOffset: Int64?
    /// Where the entry lies in the container's bytes, when it is stored there as it is.
    private var region: RandomAccessBytes?

    /// A source for the entries of `handle`, one after another (`begin`).
    init(handle: ArchiveHandle, metering: Metering) {
        self.handle = handle
        self.metering = metering
    }

    /// Makes the source stand for the handle's current entry, whose data may lie at `region`.
    func begin(region: RandomAccessBytes?) {
        self.region = region
        position = 0
        pendingBlock = nil
        pendingOffset = 0
        endOffset = nil
    }

    func randomAccess() -> RandomAccessBytes? {
        region
    }

    func nextBlock() throws -> UnsafeRawBufferPointer {
        let block = try uncountedNextBlock()
        switch metering {
        case .nestedArchive(let session), .nestedSeekable(let session):
            guard session.chargeNestedOutput(block.count) else { throw NestedBudgetSpent() }
        case .compressedBundle(let session), .uncompressedBundle(let session):
            guard session.chargeExpansion(block.count) else { throw ExpansionLimitReached() }
        }
        return block
    }

    func discardRemainder() throws {
        pendingBlock = nil
        switch metering {
        case .uncompressedBundle, .nestedSeekable: break
        case .nestedArchive, .compressedBundle:
            while try !nextBlock().isEmpty {}
            return
        }
        guard archive_read_data_skip(handle.pointer) >= ARCHIVE_WARN else { throw handle.failure() }
    }

    private func uncountedNextBlock() throws -> UnsafeRawBufferPointer {
        if let pending = pendingBlock {
            return emit(pending, at: pendingOffset)
        }
        if let endOffset {
            guard endOffset > position else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            return try holeThenNext(until: endOffset)
        }
        var buffer: UnsafeRawPointer?
        var size = 0
        var offset: Int64 = 0
        let status = archive_read_data_block(handle.pointer, &buffer, &size, &offset)
        if status == ARCHIVE_EOF {
            // libarchive gives the entry's full size as the offset of its end: a trailing hole
            // is zeros up to there, as extraction writes them.
            endOffset = offset
            return try uncountedNextBlock()
        }
        guard status >= ARCHIVE_WARN else { throw handle.failure() }
        guard let buffer, size > 0 else {
            return offset > position ? try holeThenNext(until: offset) : try uncountedNextBlock()
        }
        return emit(UnsafeRawBufferPointer(start: buffer, count: size), at: offset)
    }

    /// Hands out a block, preceded by zeros when a sparse entry has a hole before it.
    private func emit(_ block: UnsafeRawBufferPointer, at offset: Int64) -> UnsafeRawBufferPointer {
        if offset > position {
            pendingBlock = block
            pendingOffset = offset
            let gap = Int(min(offset - position, Int64(zeros.count)))
            position += Int64(gap)
            return UnsafeRawBufferPointer(rebasing: zeros[0..<gap])
        }
        pendingBlock = nil
        position = offset + Int64(block.count)
        return block
    }

    /// Zeros standing in for the holes of sparse entries, allocated on first use.
    private var zeros: UnsafeRawBufferPointer {
        if let zeroBlock { return UnsafeRawBufferPointer(zeroBlock) }
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        block.initializeMemory(as: UInt8.self, repeating: 0)
        zeroBlock = block
        return UnsafeRawBufferPointer(block)
    }

    deinit {
        zeroBlock?.deallocate()
    }

    private func holeThenNext(until offset: Int64) throws -> UnsafeRawBufferPointer {
        let gap = Int(min(offset - position, Int64(zeros.count)))
        position += Int64(gap)
        return UnsafeRawBufferPointer(rebasing: zeros[0..<gap])
    }
}
