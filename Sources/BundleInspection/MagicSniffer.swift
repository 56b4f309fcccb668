import BundleModel

/// File signatures clearance recognises.
enum Magic: Equatable {
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

    /// The weights format this signature means, given the file's extension.
    func weightsFormat(extension ext: String) -> ArtifactFormat? {
        switch self {
        case .gguf: .gguf
        case .safetensors: .safetensors
        case .zip where ["bin", "pt", "pth", "ckpt", "pkl"].contains(ext): .pytorchZip
        case .zip where ext == "npz": .npz
        case .zip where ext == "keras": .zip
        case .pickle where ["bin", "pt", "pth", "ckpt", "pkl", "pickle"].contains(ext): .pickle
        case .hdf5: .hdf5
        case .tflite: .tflite
        case .ggml where ext == "bin": .ggml
        default: nil
        }
    }

    /// The container format, for signatures of archives and compressed streams.
    var containerFormat: ArtifactFormat? {
        switch self {
        case .zip: .zip
        case .tar: .tar
        case .sevenZip: .sevenZip
        case .gzip: .gzip
        case .bzip2: .bzip2
        case .xz: .xz
        case .zstd: .zstd
        default: nil
        }
    }
}

enum MagicSniffer {
    static let lfsPointerHeader = Array("version https://git-lfs.github.com/spec/v1".utf8)

    static func sniff(_ prefix: [UInt8]) -> Magic? {
        if prefix.starts(with: lfsPointerHeader), prefix.count < 1024 { return .gitLFSPointer }
        if prefix.starts(with: Array("GGUF".utf8)) { return .gguf }
        if isSafetensors(prefix) { return .safetensors }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if prefix.count >= 2, prefix[0] == 0x80, (2...5).contains(prefix[1]) { return .pickle }
        if prefix.starts(with: [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return .hdf5 }
        if prefix.count >= 8, Array(prefix[4..<8]) == Array("TFL3".utf8) { return .tflite }
        if ["lmgg", "fmgg", "tjgg", "ggml", "ggjt"].contains(where: { prefix.starts(with: Array($0.utf8)) }) { return .ggml }
        if prefix.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if prefix.starts(with: [0x1F, 0x8B]) { return .gzip }
        if prefix.starts(with: [0x42, 0x5A, 0x68]), prefix.count > 3, (0x31...0x39).contains(prefix[3]) { return .bzip2 }
        if prefix.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if prefix.count >= 262, Array(prefix[257..<262]) == Array("ustar".utf8) { return .tar }
        if looksLikeText(prefix) { return .text }
        return nil
    }

    private static func isSafetensors(_ prefix: [UInt8]) -> Bool {
        guard prefix.count >= 9, prefix[8] == UInt8(ascii: "{") else { return false }
        return prefix[0..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } >= 2
    }

    /// UTF-8 without NUL bytes or other control characters than tab, LF, CR and form feed.
    static func looksLikeText(_ prefix: [UInt8]) -> Bool {
        guard !prefix.isEmpty else { return true }
        var bytes = prefix[...]
        // A cut multi-byte sequence at the end of the prefix is fine.
        for _ in 0..<3 where String(validating: bytes, as: UTF8.self) == nil && !bytes.isEmpty {
            bytes = bytes.dropLast()
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        return !bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
    }
}
