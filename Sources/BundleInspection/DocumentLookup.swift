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
    /// One bit per value of the low bits of a document path's hash (`PathBytes.exactHash`), when
    /// every document path is ASCII; nil otherwise. An ASCII path whose bit is clear has no
    /// document, and most paths are turned away without a lookup.
    private let filter: [UInt64]?

    init(_ documents: [String: TextDocument]) {
        self.documents = documents
        // About 64 bits per document, so a path without one finds its bit set rarely.
        let words = max(1, (documents.count * 64 / UInt64.bitWidth).nextPowerOfTwo)
        var filter: [UInt64]? = [UInt64](repeating: 0, count: words)
        for key in documents.keys {
            var path = key
            guard let hash = path.withUTF8({ PathBytes.isASCII($0) ? PathBytes.exactHash($0) : nil }) else {
                filter = nil
                break
            }
            filter?[Self.word(of: hash, in: words)] |= Self.bit(of: hash)
        }
        self.filter = filter
    }

    /// The artifacts that have a document, by position, ascending, with their documents.
    func documents(of artifacts: [Artifact]) -> [(position: Int, document: TextDocument)] {
        guard !documents.isEmpty else { return [] }
        var found: [(position: Int, document: TextDocument)] = []
        artifacts.forEachPath { position, path in
            if let document = document(at: path) { found.append((position, document)) }
        }
        return found
    }

    /// The document of the path whose UTF-8 is `path`, if any.
    private func document(at path: UnsafeBufferPointer<UInt8>) -> TextDocument? {
        guard !documents.isEmpty else { return nil }
        if let filter, PathBytes.isASCII(path), !Self.isSet(PathBytes.exactHash(path), in: filter) { return nil }
        return documents[String(decoding: path, as: UTF8.self)]
    }

    /// Whether the filter bit of `hash` is set.
    @inline(__always)
    private static func isSet(_ hash: UInt64, in filter: [UInt64]) -> Bool {
        filter[word(of: hash, in: filter.count)] & bit(of: hash) != 0
    }

    private static func word(of hash: UInt64, in words: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 6) & (words - 1)
    }

    private static func bit(of hash: UInt64) -> UInt64 {
        1 << (hash & 63)
    }
}

extension Int {
    /// The least power of two at least this (1 for anything below 2).
    fileprivate var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
