/// Whether a zip's local headers say what its central directory says.
///
/// Python's `zipfile` and torch find entries through the central directory at the end of a zip;
/// a streaming reader walks the local headers from the start. A zip built so that the two
/// disagree shows each reader different files, so any disagreement is reported: a directory
/// entry that points at no local header or at one of another name, entries whose bytes overlap,
/// and bytes before the directory that belong to no entry (a local header the directory hides).
enum ZipLayout {
    /// The first disagreement found, for a person; nil when the layout is consistent or when
    /// there is no end record to start from (the reader reports that damage itself).
    static func disagreement(in bytes: RandomAccessBytes, maxEntries: Int) throws -> String? {
        guard let directory = try CentralDirectoryLocation.find(in: bytes) else { return nil }
        var cursor = RandomAccessCursor(bytes: bytes, offset: directory.offset)
        var regions: [Region] = []
        for _ in 0..<min(directory.entryCount, UInt64(maxEntries)) {
            guard let record = try DirectoryRecord.read(from: &cursor) else {
                return "the central directory is damaged at offset \(cursor.offset)"
            }
            switch try region(of: record, in: bytes) {
            case .success(let region): regions.append(region)
            case .failure(let problem): return problem.message
            }
        }
        return try tiling(regions.sorted { $0.start < $1.start }, end: directory.offset, in: bytes)
    }

    /// The bytes an entry spans from its local header to the end of its data.
    struct Region {
        var start: UInt64
        var end: UInt64
    }

    struct Problem: Error {
        let message: String
    }

    private static func region(
        of record: DirectoryRecord, in bytes: RandomAccessBytes
    ) throws -> Result<Region, Problem> {
        let header = try bytes.bytes(at: record.localHeaderOffset, length: 30)
        let quoted = quote(record.name)
        guard header.count == 30, ZipBytes.uint32(header, 0) == 0x0403_4B50 else {
            return .failure(
                Problem(
                    message:
                        "the central directory points \(quoted) at offset \(record.localHeaderOffset), "
                        + "where there is no local header"
                ))
        }
        let nameLength = Int(ZipBytes.uint16(header, 26))
        let extraLength = UInt64(ZipBytes.uint16(header, 28))
        let localName = try bytes.bytes(at: record.localHeaderOffset + 30, length: nameLength)
        guard localName == record.name else {
            return .failure(
                Problem(
                    message:
                        "the central directory names \(quoted) what the local header at offset "
                        + "\(record.localHeaderOffset) names \(quote(localName))"
                ))
        }
        let (dataEnd, overflow) = (record.localHeaderOffset + 30 + UInt64(nameLength) + extraLength)
            .addingReportingOverflow(record.compressedSize)
        guard !overflow, dataEnd <= bytes.count else {
            return .failure(Problem(message: "\(quoted) claims more bytes than the zip holds"))
        }
        var end = dataEnd
        if record.flags & 0x0008 != 0 {
            let signed = try bytes.bytes(at: dataEnd, length: 4) == [0x50, 0x4B, 0x07, 0x08]
            end += (signed ? 4 : 0) + (record.isZip64 ? 20 : 12)
        }
        return .success(Region(start: record.localHeaderOffset, end: end))
    }

    /// Regions sorted by start must follow one another from offset 0 to the directory.
    private static func tiling(
        _ regions: [Region], end directoryStart: UInt64, in bytes: RandomAccessBytes
    ) throws -> String? {
        var expected: UInt64 = 0
        for (index, region) in regions.enumerated() {
            if region.start < expected {
                let earlier = try localName(at: regions[index - 1].start, in: bytes)
                return
                    "\(quote(try localName(at: region.start, in: bytes))) lies inside the bytes of "
                    + "\(quote(earlier)): entries overlap"
            }
            if region.start > expected { return try gap(from: expected, to: region.start, in: bytes) }
            expected = region.end
        }
        if expected < directoryStart { return try gap(from: expected, to: directoryStart, in: bytes) }
        if expected > directoryStart { return "the last entry runs into the central directory" }
        return nil
    }

    private static func gap(from start: UInt64, to end: UInt64, in bytes: RandomAccessBytes) throws -> String {
        let signature = try bytes.bytes(at: start, length: 4)
        if signature == [0x50, 0x4B, 0x03, 0x04] {
            return
                "bytes \(start)–\(end) hold a local header for \(quote(try localName(at: start, in: bytes))) "
                + "that the central directory does not list"
        }
        return "bytes \(start)–\(end) belong to no entry of the central directory"
    }

    private static func localName(at offset: UInt64, in bytes: RandomAccessBytes) throws -> [UInt8] {
        let header = try bytes.bytes(at: offset, length: 30)
        guard header.count == 30 else { return [] }
        return try bytes.bytes(at: offset + 30, length: min(Int(ZipBytes.uint16(header, 26)), 256))
    }

    private static func quote(_ name: [UInt8]) -> String {
        "“\(EntryPath(rawBytes: name).path)”"
    }
}

/// Where a zip's central directory is and how many entries it lists, from the end record (and
/// its zip64 form when the end record's fields overflow).
struct CentralDirectoryLocation {
    var offset: UInt64
    var entryCount: UInt64

    /// The end record is searched for as `zipfile` does: the last signature in the final 64 KiB
    /// and 22 bytes. Nil when there is none, or when the directory it describes does not fit.
    static func find(in bytes: RandomAccessBytes) throws -> CentralDirectoryLocation? {
        let tailLength = Int(min(bytes.count, 65_535 + 22))
        let tailStart = bytes.count - UInt64(tailLength)
        let tail = try bytes.bytes(at: tailStart, length: tailLength)
        guard tail.count >= 22,
            let at = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
                ZipBytes.uint32(tail, $0) == 0x0605_4B50
            })
        else {
            return nil
        }
        var count = UInt64(ZipBytes.uint16(tail, at + 10))
        var size = UInt64(ZipBytes.uint32(tail, at + 12))
        var offset = UInt64(ZipBytes.uint32(tail, at + 16))
        var recordStart = tailStart + UInt64(at)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, at >= 20,
            ZipBytes.uint32(tail, at - 20) == 0x0706_4B50
        {
            let zip64Offset = ZipBytes.uint64(tail, at - 20 + 8)
            let record = try bytes.bytes(at: zip64Offset, length: 56)
            guard record.count == 56, ZipBytes.uint32(record, 0) == 0x0606_4B50 else { return nil }
            count = ZipBytes.uint64(record, 32)
            size = ZipBytes.uint64(record, 40)
            offset = ZipBytes.uint64(record, 48)
            recordStart = zip64Offset
        }
        guard offset <= recordStart, size <= recordStart - offset else { return nil }
        return CentralDirectoryLocation(offset: offset, entryCount: count)
    }
}

/// One central directory entry, with what the layout check needs.
struct DirectoryRecord {
    var flags: UInt16
    var compressedSize: UInt64
    var localHeaderOffset: UInt64
    var name: [UInt8]
    var isZip64: Bool

    /// The record at the cursor, which moves past it; nil when there is none.
    static func read(from cursor: inout RandomAccessCursor) throws -> DirectoryRecord? {
        let fixed = try cursor.take(46)
        guard fixed.count == 46, ZipBytes.uint32(fixed, 0) == 0x0201_4B50 else { return nil }
        let name = try cursor.take(Int(ZipBytes.uint16(fixed, 28)))
        let extra = try cursor.take(Int(ZipBytes.uint16(fixed, 30)))
        _ = try cursor.take(Int(ZipBytes.uint16(fixed, 32)))
        var record = DirectoryRecord(
            flags: ZipBytes.uint16(fixed, 8), compressedSize: UInt64(ZipBytes.uint32(fixed, 20)),
            localHeaderOffset: UInt64(ZipBytes.uint32(fixed, 42)), name: name, isZip64: false
        )
        record.applyZip64(extra, uncompressedSizeOverflows: ZipBytes.uint32(fixed, 24) == 0xFFFF_FFFF)
        return record
    }

    /// Replaces the fields that overflowed 32 bits with their zip64 values, in the order the
    /// format gives them: uncompressed size, compressed size, local header offset.
    private mutating func applyZip64(_ extra: [UInt8], uncompressedSizeOverflows: Bool) {
        var index = 0
        while index + 4 <= extra.count {
            let id = ZipBytes.uint16(extra, index)
            let length = Int(ZipBytes.uint16(extra, index + 2))
            let body = Array(extra[min(index + 4, extra.count)..<min(index + 4 + length, extra.count)])
            index += 4 + length
            guard id == 0x0001 else { continue }
            var field = 0
            func next() -> UInt64? {
                guard field + 8 <= body.count else { return nil }
                defer { field += 8 }
                return ZipBytes.uint64(body, field)
            }
            if uncompressedSizeOverflows { _ = next() }
            if compressedSize == 0xFFFF_FFFF, let value = next() { compressedSize = value }
            if localHeaderOffset == 0xFFFF_FFFF, let value = next() { localHeaderOffset = value }
            isZip64 = true
        }
    }
}

/// Reads random-access bytes front to back, a block at a time.
struct RandomAccessCursor {
    let bytes: RandomAccessBytes
    private(set) var offset: UInt64

    init(bytes: RandomAccessBytes, offset: UInt64) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func take(_ count: Int) throws -> [UInt8] {
        let taken = try bytes.bytes(at: offset, length: count)
        offset += UInt64(taken.count)
        return taken
    }
}

/// Little-endian fields of zip records.
enum ZipBytes {
    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
