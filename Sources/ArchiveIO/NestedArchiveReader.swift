internal import CArchive

/// Reads an entry of one archive as an archive of its own.
///
/// A zip (and a 7z) is read as its consumers read it, from the central directory at its end:
/// in place when the entry's bytes can be read at any offset (a file on disk, an entry stored
/// as it is in an uncompressed container), else from a copy in memory when it is small enough.
/// Other archives, and zips too large for either, are streamed from the outer entry.
final class NestedArchiveReader {
    private let entry: BundleEntry
    private let session: ReadSession
    private let container: Magic
    /// The entry's first bytes, as sniffed.
    private let prefix: [UInt8]
    /// A failure of the outer stream, kept so it is thrown instead of being mistaken for inner damage.
    private var outerFailure: Error?
    private var budgetExceeded = false

    init(entry: BundleEntry, session: ReadSession, container: Magic, prefix: [UInt8]) {
        self.entry = entry
        self.session = session
        self.container = container
        self.prefix = prefix
    }

    func read(_ handler: (BundleEntry) throws -> Void) throws -> NestedOutcome {
        guard container == .zip || container == .sevenZip else { return try readStream(handler) }
        if let bytes = try entry.content.randomAccess(startingWith: prefix) { return try readInPlace(bytes, handler) }
        let cap = session.limits.maxBufferedNestedBytes
        if let size = entry.header.declaredSize, size <= UInt64(cap), session.reserveBuffer(Int(size)) {
            defer { session.releaseBuffer(Int(size)) }
            let copy: [UInt8]
            do { copy = try entry.content.read(Int(size)) } catch is NestedBudgetSpent {
                return .budgetExceeded(limit: session.nestedAllowance)
            }
            return try readInPlace(MemoryBytes(copy), handler)
        }
        let size = entry.header.declaredSize.map { "\($0) bytes" } ?? "unknown size"
        let reason =
            "it is compressed inside the bundle and larger (\(size)) than the \(cap) bytes clearance holds in memory, "
            + "so it cannot be read through its central directory"
        guard container == .zip else { return .unsupported(reason: "a 7z archive: \(reason)") }
        let outcome = try readStream(handler)
        if case .listed(let format) = outcome { return .readFromLocalHeaders(format, reason: reason) }
        return outcome
    }

    /// Reads the archive from `bytes` through its central directory, and checks that its local
    /// headers agree with that directory.
    private func readInPlace(
        _ bytes: RandomAccessBytes, _ handler: (BundleEntry) throws -> Void
    ) throws -> NestedOutcome {
        let disagreement =
            container == .zip ? try ZipLayout.disagreement(in: bytes, maxEntries: session.limits.maxEntries) : nil
        let input = SeekableInput(bytes, session: session, chargesInput: entry.depth == 0)
        let handle: ArchiveHandle
        do { handle = try ArchiveHandle(seekable: true) } catch { return .corrupt(reason: error.message) }
        do {
            try input.attach(to: handle)
            var reader = ArchiveEntryReader(
                handle: handle, session: session, container: entry.location, depth: entry.depth + 1, storage: bytes)
            reader.skipsBySeeking = container == .zip
            let first = try reader.firstHeader()
            guard let format = handle.bundleFormat else {
                return .corrupt(reason: "not a readable \(container == .zip ? "zip" : "7z") archive")
            }
            try reader.readAll(startingWith: first, handler)
            return disagreement.map { .headersDisagree(format, reason: $0) } ?? .listed(format)
        } catch let failure as ArchiveFailure {
            if let underlying = input.failure { throw underlying }
            if input.budgetExceeded { return .budgetExceeded(limit: session.nestedAllowance) }
            if let disagreement { return .headersDisagree(.zip, reason: disagreement) }
            // It starts like a zip, so a zip it is, damaged (truncated before its directory, say).
            return .corrupt(reason: failure.message)
        } catch is NestedBudgetSpent {
            return .budgetExceeded(limit: session.nestedAllowance)
        }
    }

    /// Streams the archive from the outer entry, entry by entry.
    private func readStream(_ handler: (BundleEntry) throws -> Void) throws -> NestedOutcome {
        let handle: ArchiveHandle
        do { handle = try ArchiveHandle(seekable: false) } catch { return .corrupt(reason: error.message) }
        let unmanaged = Unmanaged.passRetained(self)
        defer { unmanaged.release() }
        archive_read_set_read_callback(handle.pointer, nestedRead)
        archive_read_set_callback_data(handle.pointer, unmanaged.toOpaque())
        do {
            guard archive_read_open1(handle.pointer) == ARCHIVE_OK else { throw handle.failure() }
            let reader = ArchiveEntryReader(
                handle: handle, session: session, container: entry.location, depth: entry.depth + 1)
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
