import BundleModel

/// The whole-bundle pass that identifies license documents and notice lines in the text files
/// an inspection kept, and records them on their artifacts.
struct LicenseScan {
    private let identifier: LicenseIdentifier?
    private let notices: NoticeLineFinder?

    init(catalog: LicenseCatalog) {
        identifier = catalog.fingerprints.isEmpty ? nil : LicenseIdentifier(catalog: catalog)
        notices = catalog.notices.isEmpty ? nil : NoticeLineFinder(notices: catalog.notices)
    }

    /// Sets `licenseMatches` and `metadata.noticeLines` on the artifacts whose text is in
    /// `documents` (both keyed by root-relative path).
    ///
    /// License and use-policy files always get matches (unknown when nothing is recognised);
    /// Notice files and other texts that mention a license only get what is recognised.
    func annotate(_ artifacts: [Artifact], documents: [String: TextDocument]) -> [Artifact] {
        guard identifier != nil || notices != nil else { return artifacts }
        return artifacts.map { artifact in
            guard let document = documents[artifact.path] else { return artifact }
            var annotated = artifact
            if let identifier, let blocks = artifact.metadata?.modelfile?.licenseBlocks {
                let matches = ModelfileLicenses.identify(document, blocks: blocks, with: identifier)
                annotated.licenseMatches = matches.isEmpty ? nil : matches
            } else if let identifier, let matches = identify(document, kind: artifact.kind, with: identifier),
                      !matches.isEmpty {
                annotated.licenseMatches = matches
            }
            if artifact.kind == .notice, let notices {
                let lines = notices.find(in: document)
                if !lines.isEmpty {
                    var metadata = annotated.metadata ?? ArtifactMetadata()
                    metadata.noticeLines = lines
                    annotated.metadata = metadata
                }
            }
            return annotated
        }
    }

    private func identify(_ document: TextDocument, kind: ArtifactKind, with identifier: LicenseIdentifier) -> [LicenseMatch]? {
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
            ASCIIText.contains(line, "licen") || ASCIIText.contains(line, "use policy") || ASCIIText.contains(line, "terms of use")
        }
    }
}
