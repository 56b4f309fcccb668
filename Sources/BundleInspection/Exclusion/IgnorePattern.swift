import BundleModel

/// One line of gitignore syntax, compiled: `!` re-includes, a trailing `/` matches folders only, a
/// `/` at the start or in the middle anchors the pattern at the bundle root (otherwise it matches
/// a name at any depth), and `**` as a whole segment matches any number of folders.
struct IgnorePattern: Sendable, Equatable {
    /// The segments between slashes; `**` stands for any run of folders.
    let segments: [String]
    /// A `!` pattern: what it matches is included again.
    let isNegated: Bool
    /// A pattern ending in `/`: only folders match.
    let isFolderOnly: Bool

    /// Compiles `line`; nil for a blank line, a comment, or a pattern that names nothing.
    init?(_ line: String) {
        var text = Substring(line)
        if text.hasSuffix("\r") { text = text.dropLast() }
        text = Self.trimmingUnescapedTrailingSpaces(text)
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        isNegated = text.hasPrefix("!")
        if isNegated { text = text.dropFirst() }
        if text.hasPrefix("\\!") || text.hasPrefix("\\#") { text = text.dropFirst() }
        isFolderOnly = text.hasSuffix("/")
        while text.hasSuffix("/") { text = text.dropLast() }
        let anchored = text.contains("/")
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return nil }
        if !anchored { parts.insert("**", at: 0) }
        segments = parts
    }

    /// Whether the path made of `components` (relative to the bundle root) matches; `isFolder`
    /// says whether that path is a folder.
    func matches(_ components: ArraySlice<Substring>, isFolder: Bool) -> Bool {
        guard isFolder || !isFolderOnly else { return false }
        return Self.match(segments[...], components)
    }

    private static func match(_ segments: ArraySlice<String>, _ components: ArraySlice<Substring>) -> Bool {
        guard let segment = segments.first else { return components.isEmpty }
        if segment == "**" {
            let rest = segments.dropFirst()
            // A trailing `**` matches what lies inside a folder, not the folder itself.
            if rest.isEmpty { return !components.isEmpty }
            // Without another `**`, the rest matches exactly as many components as it has
            // segments: only the last ones can match, which keeps a deep path linear.
            if !rest.contains("**") {
                return components.count >= rest.count && match(rest, components.suffix(rest.count))
            }
            var tail = components
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let component = components.first, Glob.matches(segment, String(component), pathAware: true) else {
            return false
        }
        return match(segments.dropFirst(), components.dropFirst())
    }

    private static func trimmingUnescapedTrailingSpaces(_ text: Substring) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " {
            let before = text.index(before: end)
            if before > text.startIndex, text[text.index(before: before)] == "\\" { break }
            end = before
        }
        return text[..<end]
    }
}
