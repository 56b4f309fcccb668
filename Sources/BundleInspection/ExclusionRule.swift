import BundleModel

/// One pattern of what does not belong to a bundle, matched against paths relative to the bundle
/// root the way `.gitignore` matches them: a pattern without a `/` matches a file or folder of
/// that name at any depth; one with a `/` is anchored at the root (a leading `**/` lets it float);
/// a trailing `/` matches folders only, and a folder excludes everything under it.
public struct ExclusionRule: Sendable, Equatable {
    /// The pattern as given.
    public let pattern: String
    /// Where it comes from: `built-in`, `--exclude`, or a configuration file.
    public let origin: String

    /// Release content never includes version-control metadata or the Hugging Face cache.
    public static let builtIn = [
        ExclusionRule(pattern: ".git/", origin: "built-in"),
        ExclusionRule(pattern: "**/.cache/huggingface/", origin: "built-in"),
    ]

    public init(pattern: String, origin: String) {
        self.pattern = pattern
        self.origin = origin
    }

    /// Whether the file at `path` (relative to the bundle root, `/`-separated) is excluded.
    public func excludes(_ path: String) -> Bool {
        let folderOnly = pattern.hasSuffix("/")
        var body = folderOnly ? String(pattern.dropLast()) : pattern
        let anchored = body.dropFirst().contains("/") || body.hasPrefix("/")
        if body.hasPrefix("/") { body.removeFirst() }
        guard !body.isEmpty else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The file itself (unless only folders match), then each folder above it.
        for dropped in stride(from: folderOnly ? 1 : 0, to: components.count, by: 1) {
            let prefix = components.dropLast(dropped)
            if anchored {
                let text = prefix.joined(separator: "/")
                if Glob.matches(body, text, pathAware: true) { return true }
                if body.hasPrefix("**/"), Glob.matches(String(body.dropFirst(3)), text, pathAware: true) { return true }
            } else if let name = prefix.last, Glob.matches(body, name, pathAware: true) {
                return true
            }
        }
        return false
    }
}
