import BundleModel
internal import CArchive
import Platform

/// Walks the entries of an opened libarchive handle and hands each one out.
struct ArchiveEntryReader {
    let handle: ArchiveHandle
    let session: ReadSession
    let container: EntryLocation?
    let depth: Int
    /// The bytes the handle reads, when they can be read at any offset and are not compressed
    /// as a whole: an entry stored as it is then lies in them, and a nested zip can be read in place.
    var storage: RandomAccessBytes?
    /// The handle reads a nested zip through its central directory: skipping seeks.
    var skipsBySeeking = false
    /// Called after each entry is done, so the caller can check how far the input has moved.
    var afterEntry: () throws -> Void = {}

    /// Reads the first header; nil for an archive without entries.
    func firstHeader() throws(ArchiveFailure) -> OpaquePointer? {
        try nextHeader()
    }

    /// Hands out `first` and every entry after it.
    func readAll(startingWith first: OpaquePointer?, _ handler: (BundleEntry) throws -> Void) throws {
        var current = first
        var consumed: Int64 = 0
        // One source and one content object stand for each entry in turn: an archive of many small
        // entries then allocates neither, nor a buffer, per entry.
        let source = ArchiveEntrySource(handle: handle, metering: metering)
        let content = EntryContent(source: source)
        while let entry = current {
            try chargeHeader(since: &consumed)
            guard session.admitEntry() else { return }
            let header = Self.header(of: entry)
            guard session.admitNames(header.name.path.utf8.count + (header.linkTarget?.utf8.count ?? 0)) else { return }
            source.begin(region: region(of: entry, header: header))
            content.begin()
            try handler(
                BundleEntry(header: header, content: content, container: container, depth: depth, session: session))
            try content.finish()
            try afterEntry()
            consumed = archive_filter_bytes(handle.pointer, 0)
            current = try nextHeader()
        }
    }

    /// Charges the bytes a tar's headers took (pax records can hold names of megabytes) like the
    /// data of its entries: to the bundle's expansion allowance, or to the nested budget. Formats
    /// read through a central directory seek about and are not charged this way.
    private func chargeHeader(since consumed: inout Int64) throws {
        guard archive_format(handle.pointer) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_TAR else { return }
        let position = archive_filter_bytes(handle.pointer, 0)
        let count = Int(clamping: max(0, position - consumed))
        consumed = position
        if depth > 0 {
            guard session.chargeNestedOutput(count) else { throw NestedBudgetSpent() }
        } else {
            guard session.chargeExpansion(count) else { throw ExpansionLimitReached() }
        }
    }

    /// Where the current entry's data would lie in `storage` if it is stored as it is: the
    /// position libarchive has read the input up to once the header is read. Only a guess,
    /// checked against the entry's first bytes before it is used (`EntryContent.randomAccess`).
    private func region(of entry: OpaquePointer, header: EntryHeader) -> RandomAccessBytes? {
        guard let storage, header.type == .file, let size = header.declaredSize, archive_entry_sparse_count(entry) == 0,
            archive_filter_code(handle.pointer, 0) == ARCHIVE_FILTER_NONE
        else { return nil }
        let start = archive_filter_bytes(handle.pointer, 0)
        guard start >= 0, UInt64(start) <= storage.count, size <= storage.count - UInt64(start) else { return nil }
        return SliceBytes(storage, start: UInt64(start), count: size)
    }

    /// Entries of nested archives pay into the nested budget, those of the bundle into its
    /// expansion allowance: decompressed or hashed bytes, and the holes of sparse entries, may
    /// not outgrow what was read of the bundle by more than the ratio.
    private var metering: ArchiveEntrySource.Metering {
        if depth > 0 { return skipsBySeeking ? .nestedSeekable(session) : .nestedArchive(session) }
        return handle.skipsByDecompressing ? .compressedBundle(session) : .uncompressedBundle(session)
    }

    private func nextHeader() throws(ArchiveFailure) -> OpaquePointer? {
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(handle.pointer, &entry)
            switch status {
            case ARCHIVE_EOF: return nil
            case ARCHIVE_RETRY: continue
            case ARCHIVE_OK, ARCHIVE_WARN: return entry
            default: throw handle.failure()
            }
        }
    }

    static func header(of entry: OpaquePointer) -> EntryHeader {
        let name = withRawName(of: entry) { EntryPath(borrowing: $0) }
        let fileType = UInt32(archive_entry_filetype(entry))
        let hardlink = archive_entry_hardlink(entry).map { String(decoding: bytes(of: $0), as: UTF8.self) }
        let symlink = archive_entry_symlink(entry).map { String(decoding: bytes(of: $0), as: UTF8.self) }
        let type: EntryType
        if hardlink != nil {
            type = .hardlink
        } else if fileType == carchive_type_regular() {
            type = .file
        } else if fileType == carchive_type_directory() {
            type = .directory
        } else if fileType == carchive_type_symlink() {
            type = .symlink
        } else {
            type = .special
        }
        let size = archive_entry_size_is_set(entry) != 0 ? UInt64(max(0, archive_entry_size(entry))) : nil
        return EntryHeader(
            name: name,
            type: type,
            declaredSize: type == .file ? size : 0,
            mode: UInt32(archive_entry_perm(entry)),
            linkTarget: hardlink ?? symlink
        )
    }

    /// Calls `body` with the entry's name as stored, trying the native bytes, then UTF-8, then
    /// the wide form. The bytes are libarchive's, valid until the next header is read.
    private static func withRawName<Result>(
        of entry: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if let native = archive_entry_pathname(entry) { return body(buffer(of: native)) }
        if let utf8 = archive_entry_pathname_utf8(entry) { return body(buffer(of: utf8)) }
        if let wide = archive_entry_pathname_w(entry) {
            var scalars = String.UnicodeScalarView()
            var cursor = wide
            while cursor.pointee != 0 {
                scalars.append(Unicode.Scalar(UInt32(bitPattern: cursor.pointee)) ?? "\u{FFFD}")
                cursor += 1
            }
            return Array(String(scalars).utf8).withUnsafeBufferPointer(body)
        }
        return Array("\\x00".utf8).withUnsafeBufferPointer(body)
    }

    private static func buffer(of cString: UnsafePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(
            start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString))
    }

    private static func bytes(of cString: UnsafePointer<CChar>) -> [UInt8] {
        Array(buffer(of: cString))
    }
}
