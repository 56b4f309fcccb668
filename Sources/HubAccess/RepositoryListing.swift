/// The parts of the Hub's answer to `GET /api/models/{repo}/revision/{rev}?blobs=true` that a
/// check uses: the commit and, per file, its path, size and git-lfs details.
struct RepositoryListing: Decodable {
    /// The commit the revision resolved to.
    let sha: String?
    /// The repository's files.
    let siblings: [Sibling]?

    struct Sibling: Decodable {
        /// The path relative to the repository root.
        let rfilename: String
        /// The file's size (present with `blobs=true`).
        let size: UInt64?
        /// Set for files stored with git-lfs.
        let lfs: LargeFile?
    }

    struct LargeFile: Decodable {
        let size: UInt64
        let sha256: String?
    }
}
