/// The order of report paths, `String`'s `<`, worked out from the paths' bytes where they are.
///
/// `String` orders canonically equivalent spellings as equal, comparing their composed forms.
/// Where two paths first differ in ASCII characters that no combining mark follows, that order
/// is the order of the bytes; otherwise the two paths are compared as strings.
enum PathOrder {
    /// Negative when `lhs`'s path sorts first, zero when the paths are equal, positive otherwise.
    static func compare(_ lhs: Artifact, _ rhs: Artifact) -> Int {
        lhs.withPathBytes { left in rhs.withPathBytes { right in compare(left, right) } }
    }

    /// Negative when path `left` sorts first, zero when the paths are equal, positive otherwise.
    static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        var index = 0
        // Eight bytes at a time while they are equal and ASCII (paths share long prefixes).
        if let leftBase = left.baseAddress, let rightBase = right.baseAddress {
            while index + 8 <= common {
                let word = UnsafeRawPointer(leftBase + index).loadUnaligned(as: UInt64.self)
                guard word == UnsafeRawPointer(rightBase + index).loadUnaligned(as: UInt64.self),
                    word & 0x8080_8080_8080_8080 == 0
                else { break }
                index += 8
            }
        }
        while index < common, left[index] == right[index], left[index] < 0x80 { index += 1 }
        let settled =
            isPlain(left, at: index) && isPlain(right, at: index)
            && (index == common || (isPlain(left, at: index + 1) && isPlain(right, at: index + 1)))
        guard settled else { return compareAsText(left, right) }
        if index < common { return left[index] < right[index] ? -1 : 1 }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }

    /// Whether the byte at `index` is ASCII or past the end.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= bytes.count || bytes[index] < 0x80
    }

    private static func compareAsText(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let a = String(decoding: left, as: UTF8.self), b = String(decoding: right, as: UTF8.self)
        return a < b ? -1 : (a == b ? 0 : 1)
    }
}
