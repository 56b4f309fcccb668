/// Zips written byte by byte, with stored (uncompressed) entries, so a test can make the local
/// headers and the central directory say different things, as no zip writer would.
enum StoredZip {
    /// One record as it is laid out: a local header and its data.
    struct Local {
        var name: String
        var data: [UInt8]
    }

    /// One central directory entry: its name and the offset of the local header it points at.
    struct Central {
        var name: String
        var data: [UInt8]
        var offset: Int
    }

    /// A well-formed zip of `entries`, in order.
    static func build(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var bytes: [UInt8] = []
        var central: [Central] = []
        for (name, data) in entries {
            central.append(Central(name: name, data: data, offset: bytes.count))
            bytes += localRecord(Local(name: name, data: data))
        }
        return bytes + directory(central, at: bytes.count)
    }

    /// A local header followed by the entry's data.
    static func localRecord(_ entry: Local) -> [UInt8] {
        let name = Array(entry.name.utf8)
        var bytes = le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
        bytes += le32(CRC32.of(entry.data)) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
        bytes += le16(UInt16(name.count)) + le16(0) + name
        return bytes + entry.data
    }

    /// A central directory of `entries` and its end record, for a directory that starts at `offset`.
    static func directory(_ entries: [Central], at offset: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            bytes += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            bytes += le32(CRC32.of(entry.data)) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
            bytes += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0o100644 << 16)
            bytes += le32(UInt32(entry.offset)) + name
        }
        let end =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(bytes.count)) + le32(UInt32(offset)) + le16(0)
        return bytes + end
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}

/// CRC-32 (IEEE), as zip stores it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func of(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
