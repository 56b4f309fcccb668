import BundleModel

/// What a person must know about how the bundle was read: what was left out of it and by which
/// rule, and the links read as the files they point to (`--follow-links`), each with its target.
public struct BundleReadingNotes {
    let exclusions: [Exclusion]
    let followedLinks: [Artifact]

    /// The notes for a bundle's exclusions and artifacts.
    public init(exclusions: [Exclusion], artifacts: [Artifact]) {
        self.exclusions = exclusions
        followedLinks = artifacts.filter { $0.linkTarget != nil && ![.symlink, .hardlink].contains($0.format) }
    }

    /// One sentence per rule: `Excluded by .git/ (built-in): 3 files, 12 B.`
    public var exclusionSentences: [String] {
        exclusions.map { exclusion in
            if exclusion.pattern.hasPrefix("!") {
                return "Included again by \(exclusion.pattern) (\(exclusion.origin))."
            }
            let what =
                exclusion.files == 0
                ? "nothing"
                : "\(exclusion.files) \(exclusion.files == 1 ? "file" : "files"), \(ByteCount.format(exclusion.bytes))"
            return "Excluded by \(exclusion.pattern) (\(exclusion.origin)): \(what)."
        }
    }

    /// One sentence per followed link: `Read through a link: weights/model.safetensors → /mnt/…`.
    public var linkSentences: [String] {
        followedLinks.map { "Read through a link: \($0.path) → \($0.linkTarget ?? "")." }
    }

    /// Every note, exclusions first.
    public var sentences: [String] { exclusionSentences + linkSentences }
}
