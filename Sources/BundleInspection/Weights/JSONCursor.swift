/// Walks JSON bytes front to back without building a tree: strings and numbers are read when
/// asked for, everything else is skipped with a bracket count, so memory does not grow with
/// the document.
struct JSONCursor {
    /// A syntax error, with the byte offset where it was found.
    struct SyntaxError: Error, Equatable {
        var message: String
    }

    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next byte that is not whitespace, not consumed.
    mutating func peek() -> UInt8? {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return bytes[offset]
            }
        }
        return nil
    }

    /// Consumes `byte` (after whitespace) or fails.
    mutating func expect(_ byte: UInt8) throws(SyntaxError) {
        guard peek() == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        offset += 1
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        peek() == nil
    }

    /// Calls `body` with each member name of the object at the cursor (an empty name unless
    /// `decodingNames`, which costs more); `body` must consume the value.
    mutating func members(
        decodingNames: Bool = true, _ body: (inout JSONCursor, String) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            let name = decodingNames ? try string() : try skipString()
            try expect(UInt8(ascii: ":"))
            try body(&self, name)
            guard peek() == UInt8(ascii: ",") else { break }
            offset += 1
        }
        try expect(UInt8(ascii: "}"))
    }

    /// The bytes of a string without escapes, consumed; nil, and nothing consumed, when it has
    /// escapes. Cheaper than `string()` when most strings repeat.
    mutating func plainStringBytes() throws(SyntaxError) -> ArraySlice<UInt8>? {
        let opening = offset
        try expect(UInt8(ascii: "\""))
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return bytes[start..<offset - 1]
            case UInt8(ascii: "\\"):
                offset = opening
                return nil
            case 0x00..<0x20:
                throw failure("a control character inside a string")
            default:
                offset += 1
            }
        }
        throw failure("a string that never ends")
    }

    /// A string, escapes decoded.
    mutating func string() throws(SyntaxError) -> String {
        if let plain = try plainStringBytes() { return String(decoding: plain, as: UTF8.self) }
        try expect(UInt8(ascii: "\""))
        return try escapedString()
    }

    /// Passes a string without decoding it; returns an empty name.
    private mutating func skipString() throws(SyntaxError) -> String {
        try expect(UInt8(ascii: "\""))
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return ""
            case UInt8(ascii: "\\"):
                offset += 2
            case 0x00..<0x20:
                throw failure("a control character inside a string")
            default:
                offset += 1
            }
        }
        throw failure("a string that never ends")
    }

    /// The rest of a string that has escapes, from just after its opening quote.
    private mutating func escapedString() throws(SyntaxError) -> String {
        var scalars = String.UnicodeScalarView()
        var run = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                scalars.append(contentsOf: String(decoding: bytes[run..<offset], as: UTF8.self).unicodeScalars)
                offset += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: bytes[run..<offset], as: UTF8.self).unicodeScalars)
                scalars.append(try escape())
                run = offset
            case 0x00..<0x20:
                throw failure("a control character inside a string")
            default:
                offset += 1
            }
        }
        throw failure("a string that never ends")
    }

    /// A number's text, checked against JSON's grammar.
    mutating func number() throws(SyntaxError) -> Substring {
        _ = peek()
        let start = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard digits() > 0 else { throw failure("expected a value") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw failure("a number without digits after its point") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard digits() > 0 else { throw failure("a number without digits in its exponent") }
        }
        return Substring(String(decoding: bytes[start..<offset], as: UTF8.self))
    }

    /// Skips one value of any kind, however deep, without recursion.
    mutating func skipValue() throws(SyntaxError) {
        var depth = 0
        repeat {
            switch peek() {
            case UInt8(ascii: "\"")?:
                _ = try skipString()
            case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
                depth += 1
                offset += 1
                continue
            case UInt8(ascii: "}")?, UInt8(ascii: "]")?:
                guard depth > 0 else { throw failure("expected a value") }
                depth -= 1
                offset += 1
            case UInt8(ascii: "t")?: try literal("true")
            case UInt8(ascii: "f")?: try literal("false")
            case UInt8(ascii: "n")?: try literal("null")
            case nil: throw failure("the document ends inside a value")
            default: _ = try number()
            }
            if depth > 0, peek() == UInt8(ascii: ",") || peek() == UInt8(ascii: ":") { offset += 1 }
        } while depth > 0
    }

    func failure(_ message: String) -> SyntaxError {
        SyntaxError(message: "\(message) at byte \(offset)")
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
            throw failure("expected a value")
        }
        offset += expected.count
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    /// The character a backslash escape stands for; a lone surrogate becomes U+FFFD.
    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        offset += 1
        guard offset < bytes.count else { throw failure("a string that never ends") }
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit), bytes[offset...].starts(with: Array("\\u".utf8)) {
                let resume = offset
                offset += 2
                let low = try hexUnit()
                if (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                offset = resume
            }
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        default:
            throw failure("an invalid escape in a string")
        }
    }

    private mutating func hexUnit() throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count,
            let unit = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else {
            throw failure("an invalid \\u escape")
        }
        offset += 4
        return unit
    }
}
