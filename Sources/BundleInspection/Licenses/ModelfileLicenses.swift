import BundleModel

/// The license texts of an Ollama `Modelfile`: each `LICENSE` block is identified on its own, as
/// a license file would be, and its matches are placed at the Modelfile's lines.
enum ModelfileLicenses {
    static func identify(
        _ document: TextDocument, blocks: [LineSpan], with identifier: LicenseIdentifier
    ) -> [LicenseMatch] {
        blocks.flatMap { span -> [LicenseMatch] in
            let lines = ModelfileParser.blockLines(document, span: span)
            guard !lines.isEmpty else { return [] }
            let block = TextDocument(
                path: document.path, lines: lines,
                isTruncated: document.isTruncated && span.end >= document.lines.count)
            return identifier.identify(block, reportingUnknownAs: .agreement).map { shifted($0, by: span.start - 1) }
        }
    }

    private static func shifted(_ match: LicenseMatch, by offset: Int) -> LicenseMatch {
        var moved = match
        moved.startLine += offset
        moved.endLine += offset
        moved.title?.line += offset
        moved.versionLine?.line += offset
        moved.differences = match.differences.map { difference in
            var copy = difference
            copy.line = difference.line.map { $0 + offset }
            copy.endLine = difference.endLine.map { $0 + offset }
            return copy
        }
        return moved
    }
}
