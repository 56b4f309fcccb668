import ArchiveIO
import BundleModel

/// Reads text files into line-addressable documents, within a per-file and a total budget that
/// also counts what each kept document and line costs beyond its bytes. License, notice,
/// use-policy and model-card files are essential; other texts (documentation) are kept only up
/// to a count, so a release with tens of thousands of text files stays in bounded memory.
final class TextReader {
    /// Other text documents kept at most.
    static let maxOtherDocuments = 1000
    /// What a kept document and each of its lines cost on top of their bytes.
    static let documentOverhead = 256
    static let lineOverhead = 48

    private let perFile: Int
    private var remaining: Int
    private var otherDocuments = 0

    init(perFile: Int, total: Int) {
        self.perFile = perFile
        self.remaining = total
    }

    /// The entry's text, or nil when the budget is spent.
    func read(_ content: EntryContent, path: String, essential: Bool) throws -> TextDocument? {
        if !essential {
            guard otherDocuments < Self.maxOtherDocuments else { return nil }
            otherDocuments += 1
        }
        let allowance = min(perFile, remaining - Self.documentOverhead)
        guard allowance > 0 else { return nil }
        let bytes = try content.read(allowance + 1)
        let kept = bytes.prefix(allowance)
        var text = String(decoding: kept, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let document = TextDocument(path: path, text: text, isTruncated: bytes.count > allowance)
        remaining -= kept.count + Self.documentOverhead + document.lines.count * Self.lineOverhead
        return document
    }
}
