import BundleModel

/// The sentences of a compiled fingerprint: one `hash<TAB>words<TAB>section` row per sentence,
/// read byte by byte (the built-in catalog holds thousands of rows, read at every start).
enum CompiledSentenceTable {
    /// The sentences of `table`, or the first malformed row.
    static func parse(_ table: String) -> Result<[FingerprintSentence], MalformedRow> {
        var table = table
        return table.withUTF8 { bytes in
            var sentences: [FingerprintSentence] = []
            sentences.reserveCapacity(bytes.count / 24)
            var rowStart = 0
            while rowStart < bytes.count {
                let rowEnd = bytes[rowStart...].firstIndex(of: newline) ?? bytes.count
                if rowEnd > rowStart {
                    guard let sentence = row(bytes, rowStart..<rowEnd) else {
                        return .failure(MalformedRow(text: String(decoding: bytes[rowStart..<rowEnd], as: UTF8.self)))
                    }
                    sentences.append(sentence)
                }
                rowStart = rowEnd + 1
            }
            return .success(sentences)
        }
    }

    /// A row that is not `16 hex digits<TAB>a positive count<TAB>section`.
    struct MalformedRow: Error {
        var text: String
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")

    private static func row(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> FingerprintSentence? {
        let hashEnd = range.lowerBound + 16
        guard hashEnd < range.upperBound, bytes[hashEnd] == tab else { return nil }
        var hash: UInt64 = 0
        for index in range.lowerBound..<hashEnd {
            guard let digit = hexValue(bytes[index]) else { return nil }
            hash = hash << 4 | digit
        }
        var index = hashEnd + 1
        var words = 0
        while index < range.upperBound, bytes[index] != tab {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), words < 100_000_000 else { return nil }
            words = words * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        guard index < range.upperBound, index > hashEnd + 1, words > 0 else { return nil }
        let sectionBytes = bytes[min(index + 1, range.upperBound)..<range.upperBound]
        let section = sectionBytes.isEmpty ? nil : String(decoding: sectionBytes, as: UTF8.self)
        return FingerprintSentence(hash: hash, words: words, section: section)
    }

    private static func hexValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
