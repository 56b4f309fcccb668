import BundleModel

/// The whole-bundle pass that identifies license documents and notice lines in the text files
/// an inspection kept, and records them on their artifacts.
struct LicenseScan {
    private let identifier: LicenseIdentifier?
    /// The notice lines looked for in Notice files; prepared (`NoticeLineFinder`) at the first
    /// one, since preparing every pack's notices costs more than reading most releases.
    private let requiredNotices: [RequiredNotice]

    init(catalog: LicenseCatalog) {
        identifier = catalog.fingerprints.isEmpty ? nil : LicenseIdentifier(catalog: catalog)
        requiredNotices = catalog.notices
    }

    /// Sets `licenseMatches` and `metadata.noticeLines` on the artifacts whose text is in
    /// `documents` (both keyed by root-relative path), in place: a release can list 100,000
    /// artifacts, and a mapped copy of the list would add what the list costs to the peak.
    ///
    /// License and use-policy files always get matches (unknown when nothing is recognised);
    /// Notice files and other texts that mention a license only get what is recognised.
    func annotate(_ artifacts: inout [Artifact], documents: [String: TextDocument]) {
        guard identifier != nil || !requiredNotices.isEmpty else { return }
        var notices: NoticeLineFinder?
        for (index, document) in DocumentLookup(documents).documents(of: artifacts) {
            let kind = artifacts[index].kind
            if let identifier, let blocks = artifacts[index].metadata?.modelfile?.licenseBlocks {
                let matches = ModelfileLicenses.identify(document, blocks: blocks, with: identifier)
                artifacts[index].licenseMatches = matches.isEmpty ? nil : matches
            } else if let identifier, let matches = identify(document, kind: kind, with: identifier), !matches.isEmpty {
                artifacts[index].licenseMatches = matches
            }
            if kind == .notice, !requiredNotices.isEmpty {
                let finder = notices ?? NoticeLineFinder(notices: requiredNotices)
                notices = finder
                let lines = finder.find(in: document)
                if !lines.isEmpty {
                    var metadata = artifacts[index].metadata ?? ArtifactMetadata()
                    metadata.noticeLines = lines
                    artifacts[index].metadata = metadata
                }
            }
        }
    }

    /// A Markdown license is identified as it reads when rendered; text it hides or strikes
    /// through makes every document found in it altered.
    private func identify(
        _ document: TextDocument, kind: ArtifactKind, with identifier: LicenseIdentifier
    ) -> [LicenseMatch]? {
        guard HiddenMarkdown.isMarkdown(document.path), [.license, .usePolicy, .notice].contains(kind) else {
            return identifyAsWritten(document, kind: kind, with: identifier)
        }
        let (rendered, spans) = HiddenMarkdown.rendered(document)
        guard !spans.isEmpty else { return identifyAsWritten(document, kind: kind, with: identifier) }
        guard var matches = identifyAsWritten(rendered, kind: kind, with: identifier) else { return nil }
        guard let last = matches.lastIndex(where: { $0.licenseID != nil }) else { return matches }
        // Each hidden stretch is reported in the document it lies in, else in the last one.
        for span in spans {
            let index =
                matches.firstIndex {
                    $0.licenseID != nil && span.line <= $0.endLine && span.endLine >= $0.startLine
                } ?? last
            matches[index].differences += HiddenMarkdown.differences(for: [span])
            matches[index].status = .altered
        }
        return matches
    }

    private func identifyAsWritten(
        _ document: TextDocument, kind: ArtifactKind, with identifier: LicenseIdentifier
    ) -> [LicenseMatch]? {
        switch kind {
        case .license: identifier.identify(document, reportingUnknownAs: .agreement)
        case .usePolicy: identifier.identify(document, reportingUnknownAs: .usePolicy)
        case .notice: identifier.identify(document)
        default: Self.mentionsLicense(document) ? identifier.identify(document) : nil
        }
    }

    /// A cheap test that a text could hold a license at all.
    private static func mentionsLicense(_ document: TextDocument) -> Bool {
        document.lines.contains { line in
            ASCIIText.contains(line, "licen") || ASCIIText.contains(line, "use policy")
                || ASCIIText.contains(line, "terms of use")
        }
    }
}
