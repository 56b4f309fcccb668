import BundleModel

/// Tolerant text comparison for statements, titles and notice lines: case, quotes, ©/(c),
/// Markdown emphasis and escapes, and runs of whitespace do not matter.
public enum TextMatching {
    /// The comparable form of `text`: typography folded (`CharacterFolding`), lower-cased,
    /// Markdown marks dropped, a backtick read as a quote, spaces collapsed, outer quotes trimmed.
    public static func normalise(_ text: String) -> String {
        if let ascii = normaliseASCII(text) { return ascii }
        var result = ""
        var lastWasSpace = true
        for character in CharacterFolding.fold(text).lowercased() {
            switch character {
            case "*", "_", "\\", "#", ">":
                continue
            case _ where character.isWhitespace:
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            default:
                result.append(character == "`" ? "'" : character)
                lastWasSpace = false
            }
        }
        return result.trimmingCharacters(in: " \"'")
    }

    /// The 1-based lines of a document that contain `phrase` (tolerantly), given the document's
    /// lines normalised (`ManifestView.normalisedLines(of:)` keeps them for the whole check).
    public static func lines(containing phrase: String, inNormalised lines: [String]) -> [Int] {
        let wanted = normalise(phrase)
        guard !wanted.isEmpty else { return [] }
        return lines.indices.filter { lines[$0].contains(wanted) }.map { $0 + 1 }
    }

    /// The 1-based lines of a document where a word begins with `stem` (tolerantly), given the
    /// document's lines normalised: `quant` finds “quantized” and “Quants”, `lora` does not find
    /// “exploration”.
    public static func lines(withWordStartingWith stem: String, inNormalised lines: [String]) -> [Int] {
        let wanted = normalise(stem)
        guard !wanted.isEmpty else { return [] }
        return lines.indices.filter { index in
            let line = lines[index]
            var searchStart = line.startIndex
            while let range = line[searchStart...].firstRange(of: wanted) {
                if range.lowerBound == line.startIndex || !line[line.index(before: range.lowerBound)].isLetter {
                    return true
                }
                searchStart = line.index(after: range.lowerBound)
            }
            return false
        }.map { $0 + 1 }
    }

    /// `normalise` of an ASCII text in one pass over its bytes, or nil for any other text.
    private static func normaliseASCII(_ text: String) -> String? {
        guard !text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: ">"):
                continue
            case 0x09...0x0D, UInt8(ascii: " "):
                if !lastWasSpace { bytes.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte | 0x20)
                lastWasSpace = false
            default:
                bytes.append(byte == UInt8(ascii: "`") ? UInt8(ascii: "'") : byte)
                lastWasSpace = false
            }
        }
        let trimmed = { (byte: UInt8) in
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard let first = bytes.firstIndex(where: { !trimmed($0) }), let last = bytes.lastIndex(where: { !trimmed($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
