/// Puts names read from a file into defect messages safely: short, on one line, quoted.
enum MessageText {
    /// Longest name shown before it is cut.
    static let maxNameLength = 120

    /// `name` in single quotes, control characters replaced by `?`, cut after `maxNameLength`.
    static func quoted(_ name: String) -> String {
        let visible = String(
            String.UnicodeScalarView(
                name.unicodeScalars.prefix(maxNameLength + 1).map { scalar in
                    scalar.properties.generalCategory == .control ? "?" : scalar
                }))
        let cut = visible.unicodeScalars.count > maxNameLength
        return "'"
            + (cut ? String(String.UnicodeScalarView(visible.unicodeScalars.prefix(maxNameLength))) + "…" : visible)
            + "'"
    }
}
