/// An exclusion rule and what it kept out of the bundle: files that are never part of a release
/// (`.git/`), and those a user excluded (`--exclude`, `exclude:` in `.clearance.yml`).
public struct Exclusion: Codable, Sendable, Equatable {
    /// The pattern, in gitignore syntax (`*.tmp`, `/drafts/`, `**/.cache/huggingface/`).
    public var pattern: String
    /// Where it comes from: `built-in`, `--exclude`, or the configuration file's path.
    public var origin: String
    /// Files (and links) it excluded.
    public var files: Int
    /// Their declared size in bytes.
    public var bytes: UInt64

    public init(pattern: String, origin: String, files: Int = 0, bytes: UInt64 = 0) {
        self.pattern = pattern
        self.origin = origin
        self.files = files
        self.bytes = bytes
    }
}
