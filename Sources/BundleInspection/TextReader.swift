import ArchiveIO
import BundleModel

/// Reads text files into line-addressable documents, within a per-file and a total budget.
final class TextReader {
    private let perFile: Int
    private var remaining: Int

    init(perFile: Int, total: Int) {
        self.perFile = perFile
        self.remaining = total
    }

    /// The entry's text, or nil when the budget is spent.
    func read(_ content: EntryContent, path: String) throws -> TextDocument? {
        let allowance = min(perFile, remaining)
        guard allowance > 0 else { return nil }
        let bytes = try content.read(allowance + 1)
        let kept = bytes.prefix(allowance)
        remaining -= kept.count
        var text = String(decoding: kept, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return TextDocument(path: path, text: text, isTruncated: bytes.count > allowance)
    }
}
