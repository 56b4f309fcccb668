/// Finds the line of a key in a JSON text without parsing it again: the first `"key"` outside
/// other strings that is followed by a colon.
enum JSONKeyLines {
    /// The 1-based lines of those of `keys` the text holds, at any depth.
    static func lines(of keys: Set<String>, in bytes: [UInt8]) -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        var found: [String: Int] = [:]
        var line = 1
        var index = 0
        while index < bytes.count, found.count < keys.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            let (end, text, newlines) = string(startingAt: index, in: bytes)
            if let text, keys.contains(text), found[text] == nil, isFollowedByColon(end, in: bytes) {
                found[text] = line
            }
            line += newlines
            index = end
        }
        return found
    }

    /// Reads the string literal opening at `start`: the index after its closing quote, its text
    /// when it has no escapes, and the newlines inside it.
    private static func string(startingAt start: Int, in bytes: [UInt8]) -> (end: Int, text: String?, newlines: Int) {
        var index = start + 1
        var escaped = false
        var hasEscapes = false
        var newlines = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { newlines += 1 }
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                hasEscapes = true
            } else if byte == UInt8(ascii: "\"") {
                let text =
                    hasEscapes || index - start > 256
                    ? nil : String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
                return (index + 1, text, newlines)
            }
            index += 1
        }
        return (index, nil, newlines)
    }

    private static func isFollowedByColon(_ start: Int, in bytes: [UInt8]) -> Bool {
        var index = start
        while index < bytes.count,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[index])
        {
            index += 1
        }
        return index < bytes.count && bytes[index] == UInt8(ascii: ":")
    }
}
