/// A value `clearance fix` writes to a top-level key of a card's front matter, and how YAML
/// spells it.
enum YAMLValue: Equatable {
    case scalar(String)
    case list([String])

    /// One value as a scalar, several as a list.
    init(_ values: [String]) {
        self = values.count == 1 ? .scalar(values[0]) : .list(values)
    }

    /// How a scalar is quoted, following the value it replaces where it can.
    enum Quoting {
        case plain, single, double

        /// The quoting of the value that starts `text` (what follows `key: ` or `- `).
        init(of text: Substring) {
            switch text.first {
            case "'": self = .single
            case "\"": self = .double
            default: self = .plain
            }
        }
    }

    /// `value` as a YAML scalar: in `quoting` where that is safe, else double-quoted.
    static func scalar(_ value: String, quoting: Quoting = .plain) -> String {
        switch quoting {
        case .plain where isPlainSafe(value):
            return value
        case .single where !value.contains(where: \.isNewline):
            return "'" + value.replacingAll("'", with: "''") + "'"
        default:
            return "\"" + value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        }
    }

    /// Whether `value` reads back as the same string when written without quotes: no indicator
    /// first, no `: ` or ` #`, no surrounding spaces, and not a boolean, null or number.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, !first.isWhitespace, !last.isWhitespace,
            last != ":", !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        else { return false }
        if value.contains(": ") || value.contains(" #") || value.contains(where: \.isNewline) { return false }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        return !reserved.contains(value.lowercased()) && Double(value) == nil && !value.hasPrefix("0x")
    }
}

extension String {
    /// The string with every `target` replaced.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
