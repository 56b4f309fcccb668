/// Whether the first bytes of a file are a plausible header of a weights format, given the
/// file's size: a magic number alone is not enough. Every length and version a header starts
/// with must fit the file, so a source file whose ninth byte is `{`, or a note that begins with
/// `GGUF`, is never taken for weights.
public enum WeightsSignature {
    /// Whether the header after `magic` is plausible for an entry of `size` bytes; signatures
    /// without a header to check (text, LFS pointers, compressed streams) are taken as they are.
    public static func confirms(_ magic: Magic, prefix: [UInt8], size: UInt64) -> Bool {
        switch magic {
        case .safetensors: isSafetensors(prefix, size: size)
        case .gguf: isGGUF(prefix, size: size)
        case .tflite: isTFLite(prefix, size: size)
        case .ggml: isGGML(prefix, size: size)
        case .hdf5: isHDF5(prefix)
        case .zip: isZip(prefix, size: size)
        default: true
        }
    }

    /// A safetensors file: an 8-byte little-endian header length of at least 2 that fits in the
    /// file after the length, then a JSON object — `{` followed by a key or `}`, and, when the
    /// whole header lies in `prefix`, closing where the length says (trailing spaces allowed).
    public static func isSafetensors(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard prefix.count >= 10, size >= 10, prefix[8] == UInt8(ascii: "{") else { return false }
        let length = littleEndian(prefix, at: 0, width: 8)
        guard length >= 2, length <= size - 8 else { return false }
        let afterBrace = prefix[9...].first { !isJSONSpace($0) }
        guard afterBrace == nil || afterBrace == UInt8(ascii: "\"") || afterBrace == UInt8(ascii: "}") else {
            return false
        }
        guard 8 + length <= UInt64(prefix.count) else { return true }
        let header = prefix[8..<(8 + Int(length))]
        return header.last { !isJSONSpace($0) } == UInt8(ascii: "}")
    }

    /// A GGUF file: `GGUF`, a version from 1 to 3, and (from version 2) tensor and key-value
    /// counts that the file could hold.
    public static func isGGUF(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard prefix.count >= 8, prefix.starts(with: Array("GGUF".utf8)) else { return false }
        let version = littleEndian(prefix, at: 4, width: 4)
        guard (1...3).contains(version) else { return false }
        guard version >= 2, prefix.count >= 24 else { return true }
        return littleEndian(prefix, at: 8, width: 8) <= size && littleEndian(prefix, at: 16, width: 8) <= size
    }

    /// A TensorFlow Lite flatbuffer: `TFL3` at offset 4, after a root-table offset inside the file.
    public static func isTFLite(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard prefix.count >= 8, Array(prefix[4..<8]) == Array("TFL3".utf8) else { return false }
        let root = littleEndian(prefix, at: 0, width: 4)
        return root >= 8 && root < size
    }

    /// A legacy GGML/GGJT file: its magic, then a format version from 1 to 3 (`ggjt`, `ggla`,
    /// `ggmf`) or, unversioned, a vocabulary size between 1 and 10 million.
    public static func isGGML(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard prefix.count >= 8 else { return false }
        let magic = String(decoding: prefix[0..<4], as: UTF8.self)
        let next = littleEndian(prefix, at: 4, width: 4)
        switch magic {
        case "tjgg", "ggjt", "algg", "ggla", "fmgg", "ggmf": return (1...3).contains(next)
        case "lmgg", "ggml": return (1...10_000_000).contains(next)
        default: return false
        }
    }

    /// An HDF5 file: its 8-byte signature and a superblock version from 0 to 3.
    public static func isHDF5(_ prefix: [UInt8]) -> Bool {
        prefix.count >= 9 && prefix.starts(with: [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) && prefix[8] <= 3
    }

    /// A NumPy `.npy` file: `\x93NUMPY`, a major version from 1 to 3, and a header that fits.
    public static func isNumpy(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard prefix.count >= 10, prefix.starts(with: [0x93] + Array("NUMPY".utf8)), (1...3).contains(prefix[6]) else {
            return false
        }
        return 10 + littleEndian(prefix, at: 8, width: 2) <= size
    }

    /// An ONNX model: a protobuf `ModelProto` that opens with `ir_version` (field 1, a varint
    /// from 1 to 30) followed by another of its fields.
    public static func isONNX(_ prefix: [UInt8]) -> Bool {
        guard prefix.count >= 3, prefix[0] == 0x08, (1...30).contains(prefix[1]) else { return false }
        // Fields 2-8 and 10, 14, 20 of ModelProto, as length-delimited (wire type 2) keys.
        return [0x12, 0x1A, 0x22, 0x2A, 0x32, 0x3A, 0x42, 0x52, 0x72, 0xA2].contains(prefix[2])
    }

    /// A zip file whose first record is plausible: a local header with a name that fits the
    /// file, or the end-of-directory record of an empty archive.
    public static func isZip(_ prefix: [UInt8], size: UInt64) -> Bool {
        if prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return size >= 22 }
        guard prefix.count >= 30, prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        let nameLength = littleEndian(prefix, at: 26, width: 2)
        return nameLength >= 1 && 30 + nameLength <= size
    }

    /// A PyTorch checkpoint zip (`torch.save` since 1.6): a zip whose first record is one of
    /// the records torch writes in its single top-level folder (`archive/data.pkl`, …).
    public static func isTorchZip(_ prefix: [UInt8], size: UInt64) -> Bool {
        guard isZip(prefix, size: size), prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        let nameLength = Int(littleEndian(prefix, at: 26, width: 2))
        guard 30 + nameLength <= prefix.count else { return false }
        let parts = String(decoding: prefix[30..<(30 + nameLength)], as: UTF8.self).split(
            separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty
            && ["data.pkl", "byteorder", ".format_version", "version"].contains(parts[1])
    }

    /// A pickle with a protocol header (2 to 5). Nothing else is asked of it: `torch.load`
    /// unpickles whatever follows, so a damaged one is still a pickle to scan, and no text file
    /// starts with the byte 0x80.
    public static func isPickle(_ prefix: [UInt8]) -> Bool {
        prefix.count >= 3 && prefix[0] == 0x80 && (2...5).contains(prefix[1])
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
