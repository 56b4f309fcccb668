import BundleModel

/// Why `clearance fix` could not do its job: each case names the file and the cause, and nothing
/// has been written when one is thrown.
public enum RemediationError: Error, Equatable, CustomStringConvertible {
    /// The bundle is a file (an archive, a weights file), not a release folder.
    case notAFolder(path: String, isArchive: Bool)
    /// `--license-dir` is not a readable folder.
    case licenseFolderUnreadable(path: String, reason: String)
    /// A text in `--license-dir` is not the canonical document it stands for.
    case licenseTextNotCanonical(file: String, difference: String)
    /// A file of the release cannot be read or written.
    case fileUnusable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAFolder(let path, isArchive: true):
            "\(path): an archive, not a release folder; clearance fix writes only into a folder: unpack it, fix the "
                + "folder and rebuild the archive with your own tools"
        case .notAFolder(let path, isArchive: false):
            "\(path): a file, not a release folder; clearance fix writes only into a folder: give it the folder "
                + "the file is released in"
        case .licenseFolderUnreadable(let path, let reason):
            "\(path): cannot use it as --license-dir: \(reason)"
        case .licenseTextNotCanonical(let file, let difference):
            "\(file): not copied into the release: \(difference)"
        case .fileUnusable(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
