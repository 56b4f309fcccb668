/// One pattern of what does not belong to a bundle, in gitignore syntax, matched against paths
/// relative to the bundle root: a pattern without a `/` matches a file or folder of that name at
/// any depth; one with a `/` is anchored at the root; a trailing `/` matches folders only; `**`
/// matches any run of folders; `!` includes again what an earlier rule excluded; a folder that is
/// excluded takes everything under it.
public struct ExclusionRule: Sendable, Equatable {
    /// The pattern as given.
    public let pattern: String
    /// Where it comes from: `built-in`, `--exclude`, `.clearanceignore:LINE`, or a configuration file.
    public let origin: String
    let compiled: IgnorePattern?

    /// Release content never includes version-control metadata or the Hugging Face cache's
    /// download bookkeeping, at any depth: neither is ever uploaded.
    public static let builtIn = [
        ExclusionRule(pattern: ".git/", origin: "built-in"),
        ExclusionRule(pattern: "**/.cache/huggingface/", origin: "built-in"),
    ]

    /// The file at the bundle root whose lines are exclusion rules.
    public static let ignoreFileName = ".clearanceignore"

    /// A rule from one line of gitignore syntax.
    public init(pattern: String, origin: String) {
        self.pattern = pattern
        self.origin = origin
        compiled = IgnorePattern(pattern)
    }

    /// The rules of a `.clearanceignore` file, each with its line as its origin.
    public static func rules(ignoreFile text: String, path: String = ignoreFileName) -> [ExclusionRule] {
        // `\r\n` is one Character in Swift: split on newlines, not on `\n`.
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap {
            index, line in
            let rule = ExclusionRule(pattern: String(line), origin: "\(path):\(index + 1)")
            return rule.compiled == nil ? nil : rule
        }
    }

    /// Whether this rule on its own matches the file at `path` or a folder above it. A negated
    /// rule excludes nothing by itself; `ExclusionSet` weighs the rules together.
    public func excludes(_ path: String) -> Bool {
        guard let compiled, !compiled.isNegated else { return false }
        let components = path.split(separator: "/")
        return components.indices.contains { end in
            compiled.matches(components[..<(end + 1)], isFolder: end + 1 < components.count)
        }
    }
}
