import BundleModel

/// Reads a git-lfs pointer file (`version …`, `oid sha256:…`, `size N`).
enum LFSPointerParser {
    static func parse(_ bytes: [UInt8]) -> LFSPointerInfo? {
        let text = String(decoding: bytes, as: UTF8.self)
        var oid: String?
        var size: UInt64?
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "oid": oid = String(parts[1])
            case "size": size = UInt64(parts[1])
            default: continue
            }
        }
        guard let oid, let size else { return nil }
        return LFSPointerInfo(oid: oid, size: size)
    }
}
