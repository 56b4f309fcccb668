import BundleModel

/// The text documents of a bundle, found by artifact without making a string of every
/// artifact's path: a pass over a listing of 100,000 files that holds a handful of documents
/// hashes each ASCII path in place, and makes a string only for a path a document may have.
///
/// Finds exactly what `documents[artifact.path]` finds. Two ASCII paths are equal only when
/// their bytes are; any other path (which may equal an ASCII one by canonical equivalence), and
/// every path when some document's is not ASCII, is looked up as a string.
struct DocumentLookup {
    private let documents: [String: TextDocument]
    /// Hashes of the document paths' bytes, when they are all ASCII; nil otherwise.
    private let asciiHashes: Set<UInt64>?

    init(_ documents: [String: TextDocument]) {
        self.documents = documents
        var hashes: Set<UInt64>? = []
        for key in documents.keys {
            var path = key
            guard path.utf8.allSatisfy({ $0 < 0x80 }) else {
                hashes = nil
                break
            }
            hashes?.insert(path.withUTF8(Self.hash))
        }
        asciiHashes = hashes
    }

    /// The document read from `artifact`, if any.
    func document(of artifact: Artifact) -> TextDocument? {
        guard !documents.isEmpty else { return nil }
        if let asciiHashes {
            let hash = artifact.withPathBytes { bytes in bytes.allSatisfy { $0 < 0x80 } ? Self.hash(bytes) : nil }
            if let hash, !asciiHashes.contains(hash) { return nil }
        }
        return documents[artifact.path]
    }

    /// 64-bit FNV-1a.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
