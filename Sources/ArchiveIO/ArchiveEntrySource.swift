internal import CArchive

/// The data of the current entry of a libarchive handle.
///
/// In a nested archive every byte is charged to the nested budget, skipped ones included:
/// libarchive can only skip there by decompressing, so the remainder is read block by block and
/// counted instead of being skipped unseen.
final class ArchiveEntrySource: ContentSource {
    private let handle: ArchiveHandle
    /// Set for entries of nested archives.
    private let nestedSession: ReadSession?
    private var position: Int64 = 0
    private var pendingBlock: UnsafeRawBufferPointer?
    private var pendingOffset: Int64 = 0
    private var zeroBlock: UnsafeMutableRawBufferPointer?

    init(handle: ArchiveHandle, nestedSession: ReadSession?) {
        self.handle = handle
        self.nestedSession = nestedSession
    }

    func nextBlock() throws -> UnsafeRawBufferPointer {
        let block = try uncountedNextBlock()
        if let nestedSession, !nestedSession.chargeNestedOutput(block.count) { throw NestedBudgetSpent() }
        return block
    }

    func discardRemainder() throws {
        pendingBlock = nil
        guard nestedSession == nil else {
            while try !nextBlock().isEmpty {}
            return
        }
        guard archive_read_data_skip(handle.pointer) >= ARCHIVE_WARN else { throw handle.failure() }
    }

    private func uncountedNextBlock() throws -> UnsafeRawBufferPointer {
        if let pending = pendingBlock {
            return emit(pending, at: pendingOffset)
        }
        var buffer: UnsafeRawPointer?
        var size = 0
        var offset: Int64 = 0
        let status = archive_read_data_block(handle.pointer, &buffer, &size, &offset)
        if status == ARCHIVE_EOF { return UnsafeRawBufferPointer(start: nil, count: 0) }
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
