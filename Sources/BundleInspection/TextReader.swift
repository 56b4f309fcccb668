import ArchiveIO
import BundleModel

/// Reads text files into line-addressable documents, within a per-file and a total budget.
///
/// The budget is charged for the bytes read (and a fixed cost per document), and the lines kept
/// are counted against a budget of their own, which bounds the memory a document of many short
/// lines takes. License, notice, use-policy and model-card files are essential: other texts
/// (documentation) may spend only half of each budget and are kept only up to a count, so they
/// cannot crowd out a license read later. An essential file that is cut short or left unread is
/// reported (`EssentialText`), never passed over in silence.
final class TextReader {
    /// Other text documents kept at most.
    static let maxOtherDocuments = 1000
    /// What a kept document costs on top of its bytes.
    static let documentOverhead = 256
    /// Lines kept over the whole bundle: a line costs 16 bytes beyond its text.
    static let maxLines = 1 << 20

    let perFile: Int
    private let totalBytes: Int
    private var remainingBytes: Int
    private var remainingLines = TextReader.maxLines
    private var otherDocuments = 0

    init(perFile: Int, total: Int) {
        self.perFile = perFile
        self.totalBytes = total
        self.remainingBytes = total
    }

    /// What reading one text file gave.
    enum Outcome {
        /// The text, whole or cut short (`isTruncated`).
        case read(TextDocument)
        /// The budget left nothing for this file.
        case unread
    }

    /// The entry's text, within what the budgets leave.
    func read(_ content: EntryContent, path: String, essential: Bool) throws -> Outcome {
        if !essential {
            guard otherDocuments < Self.maxOtherDocuments else { return .unread }
            otherDocuments += 1
        }
        // Other texts may not spend the half of each budget kept for essential ones.
        let bytesLeft = essential ? remainingBytes : remainingBytes - totalBytes / 2
        let linesLeft = essential ? remainingLines : remainingLines - Self.maxLines / 2
        let allowance = min(perFile, bytesLeft - Self.documentOverhead)
        guard allowance > 0, linesLeft > 0 else { return .unread }
        let bytes = try content.read(allowance + 1)
        var kept = bytes.prefix(allowance)
        var truncated = bytes.count > allowance
        if let cut = Self.end(ofLine: linesLeft, in: kept) {
            guard essential else { return .unread }
            kept = kept[..<cut]
            truncated = true
        }
        var text = String(decoding: kept, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let document = TextDocument(path: path, text: text, isTruncated: truncated)
        remainingBytes -= kept.count + Self.documentOverhead
        remainingLines -= document.lines.count
        return .read(document)
    }

    /// Where line `count` ends in `bytes` when they hold more lines than that; nil otherwise.
    private static func end(ofLine count: Int, in bytes: ArraySlice<UInt8>) -> Int? {
        var lines = 1
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            if lines == count { return index }
            lines += 1
        }
        return nil
    }
}
