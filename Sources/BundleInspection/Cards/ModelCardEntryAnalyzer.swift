import ArchiveIO
import BundleModel

/// Reads the model card of an entry classified as one.
enum ModelCardEntryAnalyzer {
    /// Parses `document` (the card's kept text) or, when the text budget left none, a bounded
    /// prefix read for the purpose, and records the card's metadata and defects in `analysis`.
    static func read(_ entry: BundleEntry, document: TextDocument?, into analysis: inout EntryAnalysis) throws {
        let text: TextDocument
        if let document {
            text = document
        } else {
            let allowance = ModelCardParser.maxFrontMatterBytes + (64 << 10)
            let bytes = try entry.content.read(allowance + 1)
            var decoded = String(decoding: bytes.prefix(allowance), as: UTF8.self)
            if decoded.hasPrefix("\u{FEFF}") { decoded.removeFirst() }
            text = TextDocument(path: entry.path, text: decoded, isTruncated: bytes.count > allowance)
        }
        let (info, defects) = ModelCardParser.parse(text, path: entry.path)
        analysis.metadata.modelCard = info
        analysis.defects += defects
    }
}
