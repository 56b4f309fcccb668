/// Folds the typographic variants of a character to one spelling, so that smart quotes,
/// `©`, typographic dashes and exotic spaces compare equal to their plain forms.
///
/// The one place typography is folded: license identification, notice lines and the
/// statements checks search for all compare text through it.
public enum CharacterFolding {
    /// The line with quotes straightened, `©` written `(c)`, dashes as `-`, every space as a
    /// plain space, and invisible characters (zero-width, soft hyphen, BOM) removed.
    ///
    /// A line with nothing to fold (ASCII without a tab, as most text is) is returned as it is,
    /// sharing its storage: identification and the rules' text matches fold a 1 MB card without
    /// copying it.
    public static func fold(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 >= 0x80 || $0 == 0x09 }) else { return line }
        var folded = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4:
                folded.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                folded.append("\"")
            case 0x00A9:
                folded.append(contentsOf: "(c)".unicodeScalars)
            case 0x2010...0x2015, 0x2212:
                folded.append("-")
            case 0x2026:
                folded.append(contentsOf: "...".unicodeScalars)
            case 0x0009, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                folded.append(" ")
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                folded.append(scalar)
            }
        }
        return String(folded)
    }
}
