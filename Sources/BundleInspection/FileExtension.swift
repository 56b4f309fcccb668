/// The extension of a file name, lower-cased, packed with its length into one integer.
///
/// The tests by extension made for every entry are then comparisons of integers: a literal
/// (`ext == "json"`, `case "md", "markdown":`) packs as the compiler builds the program, so no
/// string is hashed or compared per entry. An extension of more than 15 bytes, or one that is
/// not ASCII, packs to `unknown`, which no literal packs to.
struct FileExtension: Equatable, ExpressibleByStringLiteral {
    /// The bytes, the first in the lowest byte, and the length in the highest byte.
    private let code: UInt128

    private static let maxLength = 15

    /// An extension no test asks about: longer than 15 bytes, or not ASCII.
    static let unknown = FileExtension(code: .max)

    private init(code: UInt128) {
        self.code = code
    }

    /// The extension spelled by `bytes`, which are lower-cased already.
    init(lowerCased bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.maxLength else {
            self = .unknown
            return
        }
        var code = UInt128(bytes.count) << 120
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else {
                self = .unknown
                return
            }
            code |= UInt128(byte) << (8 * index)
        }
        self.code = code
    }

    /// The extension `text`, lower-case ASCII of at most 15 bytes; `""` for none.
    @inline(__always)
    init(stringLiteral text: StaticString) {
        assert(text.utf8CodeUnitCount <= Self.maxLength, "an extension of at most 15 bytes")
        var code = UInt128(text.utf8CodeUnitCount) << 120
        let start = text.utf8Start
        for index in 0..<text.utf8CodeUnitCount { code |= UInt128(start[index]) << (8 * index) }
        self.code = code
    }
}
