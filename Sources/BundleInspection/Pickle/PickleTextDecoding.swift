/// Decodes the quoted and escaped text arguments of protocol-0 opcodes the way CPython does, so
/// that an escaped module name (`'\x6fs'`) is judged by what it really says.
enum PickleTextDecoding {
    /// STRING: a quoted Python bytes literal body with backslash escapes; nil when it is not quoted.
    static func quotedString(_ line: [UInt8]) -> String? {
        guard line.count >= 2, let quote = line.first, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\""),
            line.last == quote
        else { return nil }
        return String(decoding: unescape(line.dropFirst().dropLast()), as: UTF8.self)
    }

    /// UNICODE: raw-unicode-escape, where only `\uXXXX` and `\UXXXXXXXX` after an odd run of backslashes are escapes.
    static func rawUnicodeEscape(_ line: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = line.startIndex
        var backslashRun = 0
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\\"), backslashRun % 2 == 0, index + 1 < line.endIndex,
                let width = [UInt8(ascii: "u"): 4, UInt8(ascii: "U"): 8][line[index + 1]],
                index + 2 + width <= line.endIndex,
                let value = UInt32(String(decoding: line[(index + 2)..<(index + 2 + width)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                scalars.append(scalar)
                index += 2 + width
                backslashRun = 0
                continue
            }
            backslashRun = byte == UInt8(ascii: "\\") ? backslashRun + 1 : 0
            scalars.append(Unicode.Scalar(byte))
            index += 1
        }
        return String(scalars)
    }

    private static func unescape(_ body: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < body.endIndex else {
                result.append(byte)
                continue
            }
            let code = body[index]
            index += 1
            if let simple = simpleEscapes[code] {
                result.append(simple)
            } else if code == UInt8(ascii: "\n") {
                continue
            } else if code == UInt8(ascii: "x"), index + 2 <= body.endIndex,
                let value = UInt8(String(decoding: body[index..<index + 2], as: UTF8.self), radix: 16)
            {
                result.append(value)
                index += 2
            } else if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(code) {
                var value = Int(code - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, index < body.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(body[index]) {
                    value = value * 8 + Int(body[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
            } else {
                result += [byte, code]
            }
        }
        return result
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "'"): UInt8(ascii: "'"),
        UInt8(ascii: "\""): UInt8(ascii: "\""),
        UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
        UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
    ]
}
