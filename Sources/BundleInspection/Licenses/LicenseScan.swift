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
    /// `documents` (both keyed by root-relative path), in place: a release can list 100,000
    /// artifacts, and a mapped copy of the list would add what the list costs to the peak.
    ///
    /// License and use-policy files always get matches (unknown when nothing is recognised);
    /// Notice files and other texts that mention a license only get what is recognised.
    func annotate(_ artifacts: inout [Artifact], documents: [String: TextDocument]) {
        guard identifier != nil || notices != nil else { return }
        for index in artifacts.indices {
            guard let document = documents[artifacts[index].path] else { continue }
            let kind = artifacts[index].kind
            if let identifier, let blocks = artifacts[index].metadata?.modelfile?.licenseBlocks {
                let matches = ModelfileLicenses.identify(document, blocks: blocks, with: identifier)
                artifacts[index].licenseMatches = matches.isEmpty ? nil : matches
            } else if let identifier, let matches = identify(document, kind: kind, with: identifier), !matches.isEmpty {
                artifacts[index].licenseMatches = matches
            }
            if kind == .notice, let notices {
                let lines = notices.find(in: document)
                if !lines.isEmpty {
                    var metadata = artifacts[index].metadata ?? ArtifactMetadata()
                    metadata.noticeLines = lines
                    artifacts[index].metadata = metadata
                }
            }
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
