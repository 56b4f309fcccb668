import BundleModel

/// A copy of the license's agreement (or use policy) ships with the release.
public struct LicenseCopyCheck: Check {
    static let kind = CheckKind.licenseCopy

    /// Which document must ship (default: the agreement).
    public var document: LicenseDocumentKind?

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let document = document ?? .agreement
        let everyCopy = context.lineage.detected.filter { $0.id == id && $0.document == document }
        let copies = everyCopy.filter { RecipientView.sees($0.evidence.path) }
        let name = document == .agreement ? "the \(context.pack?.license.name ?? id) text" : "the \(id) use policy"
        if !copies.isEmpty {
            let paths = Set(copies.map(\.evidence.path)).sorted().joined(separator: ", ")
            return [context.finding(.pass, Message.carried(paths, name), evidence: copies.map(\.evidence))]
        }
        if !everyCopy.isEmpty {
            let paths = everyCopy.map(\.evidence.path)
            let what = "A copy of \(name)"
            return [
                context.finding(
                    .needsReview, RecipientView.message(for: what, in: paths),
                    evidence: everyCopy.map(\.evidence), question: RecipientView.question(for: what, in: paths))
            ]
        }
        let family = context.pack?.license.family
        let otherVersions = context.lineage.detected.filter { other in
            other.id != id && other.document == document && family != nil
                && context.policies.packs[other.id]?.license.family == family
        }
        if let other = otherVersions.first {
            return [context.finding(.fail, Message.otherVersion(name, other), evidence: otherVersions.map(\.evidence))]
        }
        let licenseFiles = context.bundle.artifacts(.license).map { Evidence(path: $0.path) }
        return [
            context.finding(
                .fail, Message.missing(name, hasLicenseFile: !licenseFiles.isEmpty),
                evidence: licenseFiles)
        ]
    }

    /// The canonical document, when no copy of it ships.
    func remedies(_ context: RuleContext) -> [Remedy] {
        guard let pack = context.pack else { return [] }
        let document = document ?? .agreement
        guard !context.lineage.detected.contains(where: { $0.id == pack.license.id && $0.document == document })
        else { return [] }
        return [
            .licenseDocument(
                LicenseDocumentRemedy(
                    licenseID: pack.license.id, document: document,
                    licenseName: pack.license.name, url: pack.license.url))
        ]
    }
}

// MARK: - Messages

extension LicenseCopyCheck {
    fileprivate enum Message {
        static func carried(_ paths: String, _ name: String) -> String {
            "\(paths) carries \(name)."
        }

        static func otherVersion(_ name: String, _ other: DetectedLicense) -> String {
            """
            No copy of \(name) ships with the release; \(other.evidence.path) is the \(other.id) text, a different \
            version.
            """
        }

        static func missing(_ name: String, hasLicenseFile: Bool) -> String {
            let looked =
                hasLicenseFile
                ? "no license file in the release is that text" : "the release has no LICENSE file"
            return "No copy of \(name) ships with the release: \(looked)."
        }
    }
}
