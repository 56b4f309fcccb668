internal import CArchive

/// Reads an entry of one archive as an archive of its own, streaming it from the outer entry.
final class NestedArchiveReader {
    private let entry: BundleEntry
    private let session: ReadSession
    /// A failure of the outer stream, kept so it is thrown instead of being mistaken for inner damage.
    private var outerFailure: Error?
    private var budgetExceeded = false

    init(entry: BundleEntry, session: ReadSession) {
        self.entry = entry
        self.session = session
    }

    func read(_ handler: (BundleEntry) throws -> Void) throws -> NestedOutcome {
        let handle: ArchiveHandle
        do { handle = try ArchiveHandle(seekable: false) } catch { return .corrupt(reason: error.message) }
        let unmanaged = Unmanaged.passRetained(self)
        defer { unmanaged.release() }
        archive_read_set_read_callback(handle.pointer, nestedRead)
        archive_read_set_callback_data(handle.pointer, unmanaged.toOpaque())
        do {
            guard archive_read_open1(handle.pointer) == ARCHIVE_OK else { throw handle.failure() }
            let reader = ArchiveEntryReader(handle: handle, session: session, container: entry.location, depth: entry.depth + 1)
            let first = try reader.firstHeader()
            guard let format = handle.bundleFormat else { return .notAnArchive }
            try reader.readAll(startingWith: first, handler)
            return .listed(format)
        } catch let failure as ArchiveFailure {
            if let outerFailure { throw outerFailure }
            if budgetExceeded { return .budgetExceeded(limit: session.nestedAllowance) }
            return handle.bundleFormat == nil ? .notAnArchive : .corrupt(reason: failure.message)
        } catch is NestedBudgetSpent {
            return .budgetExceeded(limit: session.nestedAllowance)
        }
    }

    /// The next block of the outer entry for libarchive, or -1 after a failure. Bytes of an entry
    /// of the bundle itself are charged here; those of a nested entry were charged as it produced them.
    fileprivate func supply(_ buffer: UnsafeMutablePointer<UnsafeRawPointer?>) -> Int {
        guard !budgetExceeded else { return -1 }
        do {
            guard let chunk = try entry.content.nextChunk() else { return 0 }
            guard entry.depth > 0 || session.chargeNestedInput(chunk.count) else {
                budgetExceeded = true
                return -1
            }
            buffer.pointee = chunk.baseAddress
            return chunk.count
        } catch is NestedBudgetSpent {
            budgetExceeded = true
            return -1
        } catch {
            outerFailure = error
            return -1
        }
    }
}

private func nestedRead(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UnsafeRawPointer?>?
) -> la_ssize_t {
    guard let context, let buffer else { return -1 }
    let reader = Unmanaged<NestedArchiveReader>.fromOpaque(context).takeUnretainedValue()
    return la_ssize_t(reader.supply(buffer))
}
