/// Text from a bundle, a facts or a waivers file, made safe to show a person.
///
/// A name, link target, excerpt or message can carry characters that act on a terminal or on
/// what a reader sees instead of being shown: control characters (escape sequences that move
/// the cursor or rename the window, line breaks that forge a line of the report) and the
/// bidirectional controls that reorder the text around them (`U+202E` makes `gpj.exe` read as
/// `exe.jpg`). Each of them is written as a visible escape; everything else is kept. This is
/// the one place that decides what is escaped; every report a person reads calls it, and the
/// JSON report keeps the text exactly.
public enum VisibleText {
    /// `text` with each hidden character written as `\n`, `\t`, `\r` or `\u{XXXX}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The visible escape of one hidden character.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        default: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    /// Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
    /// marks, embeddings, overrides and isolates.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
