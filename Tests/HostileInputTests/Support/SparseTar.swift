/// Old-style GNU sparse tar entries (type `S`), written byte by byte: libarchive's writer makes
/// sparse entries only from sparse files on disk.
enum SparseTar {
    /// A tar of one sparse entry `name` of `realSize` bytes whose data regions are `regions`
    /// (offset, bytes), at most four; the rest of the file is holes.
    static func archive(name: String, realSize: UInt64, regions: [(offset: UInt64, bytes: [UInt8])]) -> [UInt8] {
        precondition(regions.count <= 4)
        let stored = regions.reduce(0) { $0 + $1.bytes.count }
        var header = [UInt8](repeating: 0, count: 512)
        put(Array(name.utf8), at: 0, in: &header)
        put(octal(0o644, width: 8), at: 100, in: &header)
        put(octal(0, width: 8), at: 108, in: &header)
        put(octal(0, width: 8), at: 116, in: &header)
        put(number(UInt64(stored)), at: 124, in: &header)
        put(octal(1_700_000_000, width: 12), at: 136, in: &header)
        header[156] = UInt8(ascii: "S")
        put(Array("ustar  ".utf8) + [0], at: 257, in: &header)
        for (index, region) in regions.enumerated() {
            put(number(region.offset), at: 386 + 24 * index, in: &header)
            put(number(UInt64(region.bytes.count)), at: 386 + 24 * index + 12, in: &header)
        }
        put(number(realSize), at: 483, in: &header)
        put(Array(repeating: UInt8(ascii: " "), count: 8), at: 148, in: &header)
        let sum = header.reduce(0) { $0 + Int($1) }
        put(octal(UInt64(sum), width: 7) + [UInt8(ascii: " ")], at: 148, in: &header)
        var data = regions.flatMap(\.bytes)
        data += [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        return header + data + [UInt8](repeating: 0, count: 1024)
    }

    /// A 12-byte numeric field: octal when it fits, GNU base-256 otherwise.
    private static func number(_ value: UInt64) -> [UInt8] {
        value < 0o77777777777
            ? octal(value, width: 12)
            : [0x80, 0, 0, 0] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    /// `value` in octal, zero-padded, NUL-terminated, `width` bytes in all.
    private static func octal(_ value: UInt64, width: Int) -> [UInt8] {
        let digits = Array(String(value, radix: 8).utf8)
        return [UInt8](repeating: UInt8(ascii: "0"), count: width - 1 - digits.count) + digits + [0]
    }

    private static func put(_ bytes: [UInt8], at offset: Int, in header: inout [UInt8]) {
        header.replaceSubrange(offset..<offset + bytes.count, with: bytes)
    }
}
