import BundleModel

/// Lower-case ASCII words that `MOFComponentLocator` compares file names, stems and extensions
/// with, kept as text for names that are not ASCII and as bytes for those that are.
///
/// A release of 50,000 files asks a dozen lists about every name: the bytes are compared in
/// place, lower-cased as they are read, and a name whose first byte starts none of a list's words
/// is turned away without comparing at all.
struct WordList: ExpressibleByArrayLiteral, Sendable {
    /// The words, in the order given.
    let words: [String]
    private let bytes: [[UInt8]]
    /// Bit `b` is set when a word starts with the byte `b` (all are below 128).
    private let firstBytes: (low: UInt64, high: UInt64)

    init(arrayLiteral words: String...) {
        precondition(
            words.allSatisfy { word in !word.isEmpty && word.utf8.allSatisfy { $0 < 0x80 && Self.lower($0) == $0 } },
            "the words of a WordList are lower-case ASCII")
        self.words = words
        bytes = words.map { Array($0.utf8) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for word in bytes {
            if word[0] < 64 { low |= 1 << word[0] } else { high |= 1 << (word[0] - 64) }
        }
        firstBytes = (low, high)
    }

    /// Whether `text`, lower-cased, is one of the words.
    func contains(lowering text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, mayStart(with: first) else { return false }
        return bytes.contains { $0.count == text.count && Self.matches($0, text, at: 0) }
    }

    /// Whether `text`, lower-cased, starts with one of the words.
    func startsOne(lowering text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, mayStart(with: first) else { return false }
        return bytes.contains { $0.count <= text.count && Self.matches($0, text, at: 0) }
    }

    /// Whether `text`, lower-cased, contains one of the words.
    func occurs(lowering text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.indices.contains { start in
            mayStart(with: text[start])
                && bytes.contains { $0.count <= text.count - start && Self.matches($0, text, at: start) }
        }
    }

    private func mayStart(with byte: UInt8) -> Bool {
        let lowered = Self.lower(byte)
        if lowered >= 128 { return false }
        return (lowered < 64 ? firstBytes.low >> lowered : firstBytes.high >> (lowered - 64)) & 1 == 1
    }

    /// Whether `word` is in `text` at `start`, lower-cased (the caller checked that it fits).
    private static func matches(_ word: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in word.indices where lower(text[start + offset]) != word[offset] { return false }
        return true
    }

    /// The byte in lower case, as `String.lowercased()` makes an ASCII letter.
    static func lower(_ byte: UInt8) -> UInt8 {
        CharacterFolding.asciiLowercased(byte)
    }
}
