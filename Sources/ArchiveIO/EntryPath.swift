/// A normalised, `/`-separated entry name with what was unsafe about the raw name.
///
/// Names that are valid UTF-8 are kept as they are. Names that are not are escaped losslessly:
/// each byte that is not part of a valid UTF-8 sequence becomes `\xNN`, and a literal backslash
/// becomes `\\`, so the raw bytes can always be recovered from `path`.
public struct EntryPath: Sendable, Hashable {
    /// The normalised relative path (no leading `/` or `./`, no empty or `.` segments).
    public let path: String
    /// The raw name was absolute (began with `/` or a drive letter).
    public let wasAbsolute: Bool
    /// The raw name had a `..` segment.
    public let hasParentTraversal: Bool
    /// The raw name was valid UTF-8.
    public let isValidUTF8: Bool

    /// Normalises a raw name as read from an archive or a directory.
    public init(rawBytes: [UInt8]) {
        self = rawBytes.withUnsafeBufferPointer(Self.plain) ?? EntryPath(normalising: rawBytes)
    }

    /// Normalises a raw name read in place, as libarchive holds it for the current entry: a plain
    /// name, the common case, becomes its path without being copied into an array first.
    init(borrowing rawBytes: UnsafeBufferPointer<UInt8>) {
        self = Self.plain(rawBytes) ?? EntryPath(normalising: Array(rawBytes))
    }

    /// A plain name (`isPlain`) as it is, without a trailing `/`; nil for any other name.
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> EntryPath? {
        guard isPlain(bytes) else { return nil }
        let end = bytes.last == UInt8(ascii: "/") ? bytes.count - 1 : bytes.count
        return EntryPath(
            path: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self), wasAbsolute: false,
            hasParentTraversal: false, isValidUTF8: true)
    }

    private init(path: String, wasAbsolute: Bool, hasParentTraversal: Bool, isValidUTF8: Bool) {
        self.path = path
        self.wasAbsolute = wasAbsolute
        self.hasParentTraversal = hasParentTraversal
        self.isValidUTF8 = isValidUTF8
    }

    /// A name that is not plain: decoded or escaped, backslashes and drive letters unified,
    /// empty and `.` segments dropped.
    private init(normalising rawBytes: [UInt8]) {
        let decoded = String(validating: rawBytes, as: UTF8.self)
        isValidUTF8 = decoded != nil
        let text = decoded ?? Self.escaped(rawBytes)
        let unified = isValidUTF8 ? text.replacingBackslashes() : text
        wasAbsolute = unified.hasPrefix("/") || Self.hasDriveLetter(unified)
        let segments = unified.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." }
        hasParentTraversal = segments.contains("..")
        var kept = segments.map(String.init)
        if let first = kept.first, Self.hasDriveLetter(first) { kept.removeFirst() }
        path = kept.joined(separator: "/")
    }

    /// Normalises a name that is already a Swift string.
    public init(_ name: String) {
        self.init(rawBytes: Array(name.utf8))
    }

    /// Printable ASCII with no empty, `.` or `..` segment, no leading `/`, no backslash and no
    /// drive letter: the common case, which needs no normalisation.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: "/"), first != UInt8(ascii: ".") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\\"), byte != UInt8(ascii: ":") else { return false }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return true
    }

    private static func hasDriveLetter(_ text: some StringProtocol) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard scalars.count >= 2, scalars[1] == ":", scalars[0].isASCIILetter
        else { return false }
        return scalars.count == 2 || scalars[2] == "/"
    }

    private static func escaped(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                let sequence = String(decoding: bytes[index..<index + length], as: UTF8.self)
                result += sequence == "\\" ? "\\\\" : sequence
                index += length
            } else {
                result += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return result
    }

    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
            String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

private extension String {
    func replacingBackslashes() -> String {
        contains("\\") ? String(map { $0 == "\\" ? "/" : $0 }) : self
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
