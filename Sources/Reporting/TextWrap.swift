/// Word wrapping for the text report: lines no wider than the terminal, continuation lines
/// indented under the first. A word longer than a whole line is cut.
enum TextWrap {
    /// `text` wrapped to `width` columns; the first line starts with `first`, the others with
    /// `rest` (both count towards the width).
    static func lines(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while !word.isEmpty {
                let room = width - current.count - (currentHasWord ? 1 : 0)
                if word.count <= room {
                    current += (currentHasWord ? " " : "") + word
                    currentHasWord = true
                    word = ""
                } else if currentHasWord {
                    lines.append(current)
                    current = rest
                    currentHasWord = false
                } else {
                    let fits = max(room, 1)
                    current += word.prefix(fits)
                    word = word.dropFirst(fits)
                    lines.append(current)
                    current = rest
                }
            }
        }
        if currentHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }
}
