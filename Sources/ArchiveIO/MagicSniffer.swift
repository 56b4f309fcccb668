/// File signatures clearance recognises.
public enum Magic: Equatable, Sendable {
    case gguf
    case safetensors
    case zip
    case pickle
    case hdf5
    case tflite
    case ggml
    case gitLFSPointer
    case tar
    case sevenZip
    case gzip
    case bzip2
    case xz
    case zstd
    case text

    /// Whether the signature is that of an archive or a compressed stream libarchive can open.
    public var isContainer: Bool {
        switch self {
        case .zip, .tar, .sevenZip, .gzip, .bzip2, .xz, .zstd: true
        default: false
        }
    }
}

/// The one table of file signatures: what a bundle, a nested entry and a classified file are
/// recognised by.
public enum MagicSniffer {
    /// How many leading bytes `sniff` needs to see every signature it knows.
    public static let prefixLength = 512

    /// The first line of a git-lfs pointer file.
    private static let lfsPointerHeader = Array("version https://git-lfs.github.com/spec/v1".utf8)

    /// The signatures, in the order they are tried: a safetensors header (one byte after the
    /// length) goes before the two-byte signatures its length could spell. Every byte string is
    /// made once, here: they are compared for every entry of a bundle. A signature that starts
    /// with a fixed byte names it (`first`), so that a prefix starting otherwise skips it.
    private static let signatures: [Signature] = modelSignatures + ggmlSignatureTests + containerSignatures

    /// A file format's magic, the byte its signature starts with when that is fixed, and its test.
    private typealias Signature = (magic: Magic, first: UInt8?, matches: @Sendable ([UInt8]) -> Bool)

    private static let modelSignatures: [Signature] = [
        (.gitLFSPointer, lfsPointerHeader[0], { $0.starts(with: lfsPointerHeader) && $0.count < 1024 }),
        (.gguf, ggufSignature[0], { $0.starts(with: ggufSignature) }),
        (.safetensors, nil, { (safetensorsHeaderLength($0) ?? 0) >= 2 }),
        (.zip, zipSignatures[0][0], { $0.starts(with: zipSignatures[0]) || $0.starts(with: zipSignatures[1]) }),
        (.pickle, 0x80, { $0.count >= 2 && $0[0] == 0x80 && (2...5).contains($0[1]) }),
        (.hdf5, hdf5Signature[0], { $0.starts(with: hdf5Signature) }),
        (.tflite, nil, { $0.count >= 8 && $0[4..<8].elementsEqual(tfliteSignature) }),
    ]

    /// One test per legacy GGML signature, each with its own first byte.
    private static let ggmlSignatureTests: [Signature] = ggmlSignatures.map { signature in
        (.ggml, signature[0], { $0.starts(with: signature) })
    }

    private static let containerSignatures: [Signature] = [
        (.sevenZip, sevenZipSignature[0], { $0.starts(with: sevenZipSignature) }),
        (.gzip, 0x1F, { $0.count >= 2 && $0[0] == 0x1F && $0[1] == 0x8B }),
        (
            .bzip2, bzip2Signature[0],
            { $0.starts(with: bzip2Signature) && $0.count > 3 && (0x31...0x39).contains($0[3]) }
        ),
        (.xz, xzSignature[0], { $0.starts(with: xzSignature) }),
        (.zstd, zstdSignature[0], { $0.starts(with: zstdSignature) }),
        (.tar, nil, { $0.count >= 262 && $0[257..<262].elementsEqual(tarSignature) }),
    ]

    private static let ggufSignature = Array("GGUF".utf8)
    private static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]
    private static let hdf5Signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
    private static let tfliteSignature = Array("TFL3".utf8)
    private static let ggmlSignatures = ["lmgg", "fmgg", "tjgg", "ggml", "ggjt"].map { Array($0.utf8) }
    private static let sevenZipSignature: [UInt8] = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]
    private static let bzip2Signature: [UInt8] = [0x42, 0x5A, 0x68]
    private static let xzSignature: [UInt8] = [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]
    private static let zstdSignature: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]
    private static let tarSignature = Array("ustar".utf8)

    /// For each value of a prefix's first byte, the signatures that can match a prefix starting
    /// with it (their indices in `signatures`, in order): most prefixes are tried against three.
    private static let signaturesByFirstByte: [[Int]] = (0...255).map { byte in
        signatures.indices.filter { signatures[$0].first == nil || signatures[$0].first == UInt8(byte) }
    }

    /// The signature `prefix` starts with; `.text` for what reads as text.
    public static func sniff(_ prefix: [UInt8]) -> Magic? {
        if let first = prefix.first {
            for index in signaturesByFirstByte[Int(first)] where signatures[index].matches(prefix) {
                return signatures[index].magic
            }
        }
        return looksLikeText(prefix) ? .text : nil
    }

    /// The signature `prefix` starts with, when the header after it is plausible for an entry of
    /// `size` bytes (`WeightsSignature`); otherwise `.text` for what reads as text. A source file
    /// whose ninth byte is `{` is text, not safetensors.
    public static func sniff(_ prefix: [UInt8], size: UInt64) -> Magic? {
        guard let magic = sniff(prefix) else { return nil }
        if WeightsSignature.confirms(magic, prefix: prefix, size: size) { return magic }
        return looksLikeText(prefix) ? .text : nil
    }

    /// The archive or compressed stream whose signature `prefix` starts with, if any.
    public static func container(_ prefix: [UInt8]) -> Magic? {
        signatures.first { $0.magic.isContainer && $0.matches(prefix) }?.magic
    }

    /// Whether `prefix` starts with the signature of `magic`.
    public static func matches(_ magic: Magic, _ prefix: [UInt8]) -> Bool {
        signatures.contains { $0.magic == magic && $0.matches(prefix) }
    }

    /// The little-endian header length of a safetensors file, when `prefix` has one (a `{` right
    /// after the eight length bytes).
    public static func safetensorsHeaderLength(_ prefix: [UInt8]) -> UInt64? {
        guard prefix.count >= 9, prefix[8] == UInt8(ascii: "{") else { return nil }
        return prefix[0..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// UTF-8 without NUL bytes or other control characters than tab, LF, CR and form feed.
    public static func looksLikeText(_ prefix: [UInt8]) -> Bool {
        guard !prefix.isEmpty else { return true }
        let isControl = { (byte: UInt8) in byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C }
        // ASCII, as most text is, needs no decoding: one pass over the bytes decides it.
        let asciiVerdict: Bool? = prefix.withUnsafeBufferPointer { bytes in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if isControl(byte) { return false }
            }
            return true
        }
        if let asciiVerdict { return asciiVerdict }
        var bytes = prefix[...]
        // A cut multi-byte sequence at the end of the prefix is fine.
        for _ in 0..<3 where String(validating: bytes, as: UTF8.self) == nil && !bytes.isEmpty {
            bytes = bytes.dropLast()
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        return !bytes.contains(where: isControl)
    }
}
