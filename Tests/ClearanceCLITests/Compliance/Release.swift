import ArchiveIO
import TestSupport

/// A derivative model's release bundle, described as files: its model card, its facts file and
/// everything else by path.
struct Release: Sendable {
    var card: ModelCard?
    var facts: ReleaseFacts?
    var files: [String: [UInt8]] = [:]
    /// Entries an archive carries exactly as given, outside the release folder's naming (hostile
    /// names, links); a folder bundle cannot hold them.
    var rawEntries: [ArchiveWriter.Entry] = []

    /// The text of a file, when it is there.
    subscript(text path: String) -> String? {
        get { files[path].map { String(decoding: $0, as: UTF8.self) } }
        set { files[path] = newValue.map { Array($0.utf8) } }
    }

    /// Every file of the bundle by path, the card included. The facts are kept outside the
    /// release, as a project keeps them, and given with `--facts`.
    var allFiles: [String: [UInt8]] {
        var all = files
        if let card { all["README.md"] = Array(card.text.utf8) }
        return all
    }
}
