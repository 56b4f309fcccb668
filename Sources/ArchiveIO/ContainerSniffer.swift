/// Recognises archive containers from their first bytes.
enum SniffedContainer: Equatable {
    case tar
    case zip
    case sevenZip
    case gzip
    case bzip2
    case xz
    case zstd
}

enum ContainerSniffer {
    /// How many leading bytes `sniff` needs to see every signature it knows.
    static let prefixLength = 512

    /// The container whose signature `prefix` starts with, if any.
    static func sniff(_ prefix: [UInt8]) -> SniffedContainer? {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if prefix.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if prefix.starts(with: [0x1F, 0x8B]) { return .gzip }
        if prefix.starts(with: [0x42, 0x5A, 0x68]) { return .bzip2 }
        if prefix.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if prefix.count >= 262, Array(prefix[257..<262]) == Array("ustar".utf8) { return .tar }
        return nil
    }
}
