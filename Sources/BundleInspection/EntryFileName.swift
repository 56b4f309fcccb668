import BundleModel

/// The file name of an entry, lower-cased once, and its extension: what every test that decides
/// by name (classification, configs, Modelfiles, merge configurations) looks at.
///
/// Made once per entry from the path's bytes. An ASCII name, the common case, is lower-cased byte
/// by byte; any other goes through `String.lowercased()` and a search by `Character`, exactly as
/// each test used to do on its own.
struct EntryFileName {
    /// The name after the last `/` of the path, lower-cased.
    let lower: String
    /// What follows the last `.` of `lower`; empty when it has none.
    let ext: FileExtension

    /// The file name of `path`, a bundle path (`folder/Name.EXT`) or a bare name.
    init(path: String) {
        if let ascii = Self.asciiName(of: path) {
            self = ascii
            return
        }
        let lower = ShardFileName.fileName(of: path).lowercased()
        self.lower = lower
        ext = lower.lastIndex(of: ".").map { FileExtension(lowerCased: lower[lower.index(after: $0)...].utf8) } ?? ""
    }

    private init(lower: String, ext: FileExtension) {
        self.lower = lower
        self.ext = ext
    }

    /// The first byte of `lower`: a name can only start with an ASCII word it begins with, so the
    /// tests of names by their start look at it before they compare any text.
    var firstByte: UInt8? { lower.utf8.first }

    /// The name of `path` when it is ASCII: one pass back from the end finds the name's start
    /// and its last `.`, one pass forward lower-cases it.
    private static func asciiName(of path: String) -> EntryFileName? {
        var path = path
        return path.withUTF8 { bytes -> EntryFileName? in
            var start = bytes.count
            var dot: Int?
            while start > 0 {
                let byte = bytes[start - 1]
                if byte == UInt8(ascii: "/") { break }
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: "."), dot == nil { dot = start - 1 }
                start -= 1
            }
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            let lower = String(unsafeUninitializedCapacity: name.count) { buffer in
                for index in name.indices { buffer[index] = CharacterFolding.asciiLowercased(name[index]) }
                return name.count
            }
            guard let dot else { return EntryFileName(lower: lower, ext: "") }
            let ext = FileExtension(lowerCased: bytes[(dot + 1)...].lazy.map(CharacterFolding.asciiLowercased))
            return EntryFileName(lower: lower, ext: ext)
        }
    }
}
