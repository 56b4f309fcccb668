import BundleModel

/// Tolerant text comparison for statements, titles and notice lines: case, quotes, ©/(c),
/// Markdown emphasis and escapes, and runs of whitespace do not matter.
public enum TextMatching {
    /// The comparable form of `text`: typography folded (`CharacterFolding`), lower-cased,
    /// Markdown marks dropped, a backtick read as a quote, spaces collapsed, outer quotes trimmed.
    public static func normalise(_ text: String) -> String {
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

    /// The 1-based lines of `lines` that contain `phrase` (tolerantly).
    public static func lines(containing phrase: String, in lines: [String]) -> [Int] {
        let wanted = normalise(phrase)
        guard !wanted.isEmpty else { return [] }
        return lines.indices.filter { normalise(lines[$0]).contains(wanted) }.map { $0 + 1 }
    }

    /// The 1-based lines of `lines` where a word begins with `stem` (tolerantly): `quant` finds
    /// “quantized” and “Quants”, `lora` does not find “exploration”.
    public static func lines(withWordStartingWith stem: String, in lines: [String]) -> [Int] {
        let wanted = normalise(stem)
        guard !wanted.isEmpty else { return [] }
        return lines.indices.filter { index in
            let line = normalise(lines[index])
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
}
