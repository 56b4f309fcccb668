/// Rewrites fields of the first header of a ustar or GNU tar, then its checksum: for archives
/// that lie about themselves in ways no writer produces.
enum TarHeaderPatch {
    /// `tar` with the first entry's size field set to `size`, in GNU base-256 form.
    static func declaringSize(_ size: UInt64, in tar: [UInt8]) -> [UInt8] {
        var bytes = tar
        let field = 124..<136
        bytes.replaceSubrange(
            field,
            with: [0x80, 0, 0, 0] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: size >> (8 * UInt64($0))) })
        bytes.replaceSubrange(148..<156, with: Array(repeating: UInt8(ascii: " "), count: 8))
        let sum = bytes[0..<512].reduce(0) { $0 + Int($1) }
        let octal = Array(String(sum, radix: 8).utf8)
        bytes.replaceSubrange(
            148..<156,
            with: Array(repeating: UInt8(ascii: "0"), count: 6 - octal.count) + octal + [0, UInt8(ascii: " ")])
        return bytes
    }
}
