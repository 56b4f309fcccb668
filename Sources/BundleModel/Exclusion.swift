/// An exclusion rule and what it kept out of the bundle: files that are never part of a release
/// (`.git/`, `.cache/huggingface/`), and those a user excluded (`--exclude`, `.clearanceignore`,
/// `exclude:` in `.clearance.yml`).
public struct Exclusion: Codable, Sendable, Equatable {
    /// The pattern, in gitignore syntax (`*.tmp`, `/drafts/`, `.git/`).
    public var pattern: String
    /// Where it comes from: `built-in`, `--exclude`, `.clearanceignore:LINE`, or a configuration file.
    public var origin: String
    /// Files and links it excluded (folders are not counted, their contents are).
    public var files: Int
    /// Their size in bytes.
    public var bytes: UInt64

    /// Creates a rule's tally.
    public init(pattern: String, origin: String, files: Int = 0, bytes: UInt64 = 0) {
        self.pattern = pattern
        self.origin = origin
        self.files = files
        self.bytes = bytes
    }
}
