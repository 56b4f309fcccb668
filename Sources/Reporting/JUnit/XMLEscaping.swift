/// Escapes text for XML 1.0: markup characters become entities, and the control characters XML 1.0
/// cannot carry at all (everything below U+0020 except tab, line feed and carriage return, and
/// U+FFFE, U+FFFF) become U+FFFD.
enum XMLEscaping {
    /// For element content.
    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// For an attribute value in double quotes; tabs and line breaks are kept as character
    /// references, which attribute normalisation would otherwise turn into spaces.
    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    /// ` name="value"` pairs, escaped, for a start tag.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { name, value in " \(name)=\"\(attribute(value))\"" }.joined()
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where isForbidden(scalar): result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
