import BundleModel

/// Every copy of the license's text is the canonical one, of the version that binds the release.
/// A model card that quotes the agreement (a gating prompt, as Meta's cards have) formats it as
/// Markdown or YAML; that quotation is not the license file, so it is not held to the canonical text.
/// In the general pack, it reports the altered texts no license's own rule holds (`UnheldAlteredTextCheck`).
public struct LicenseTextIntactCheck: Check {
    static let kind = CheckKind.licenseTextIntact

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return UnheldAlteredTextCheck().evaluate(context) }
        var failures: [Finding] = []
        for artifact in context.bundle.artifactsWithLicenseMatches where artifact.kind != .modelCard {
            for match in artifact.licenseMatches ?? [] where match.licenseID == id && match.status == .altered {
                let differences = match.differences.prefix(8)
                let evidence = differences.map { Evidence(path: artifact.path, line: $0.line, excerpt: $0.excerpt) }
                failures.append(
                    context.finding(
                        .fail, Message.altered(artifact.path, match, id: id),
                        evidence: evidence.isEmpty ? [Evidence(path: artifact.path, line: match.startLine)] : evidence))
            }
        }
        let family = context.pack?.license.family
        let upstreamIDs = Set(context.lineage.upstreams.map(\.id))
        for other in context.lineage.detected
        where other.id != id && family != nil && !upstreamIDs.contains(other.id)
            && context.policies.packs[other.id]?.license.family == family && other.artifactKind == .license
        {
            failures.append(context.finding(.fail, Message.wrongVersion(other, id: id), evidence: [other.evidence]))
        }
        if !failures.isEmpty { return failures }
        let copies = context.lineage.detected.filter { $0.id == id && $0.status == .canonical }
        guard !copies.isEmpty else { return [] }
        let paths = Set(copies.map(\.evidence.path)).sorted().joined(separator: ", ")
        return [context.finding(.pass, Message.canonical(id, in: paths), evidence: copies.map(\.evidence))]
    }

    /// The canonical text in place of each license file that is wholly an altered or other-version
    /// copy (a file that also holds other text is left to a person).
    func remedies(_ context: RuleContext) -> [Remedy] {
        guard let pack = context.pack else { return [] }
        let id = pack.license.id
        let family = pack.license.family
        let upstreamIDs = Set(context.lineage.upstreams.map(\.id))
        var replaced: [(path: String, document: LicenseDocumentKind)] = []
        for artifact in context.bundle.artifactsWithLicenseMatches where [.license, .usePolicy].contains(artifact.kind)
        {
            guard let matches = artifact.licenseMatches, matches.count == 1, let match = matches.first,
                let matchID = match.licenseID
            else { continue }
            let altered = matchID == id && match.status == .altered
            let otherVersion =
                matchID != id && family != nil && !upstreamIDs.contains(matchID)
                && context.policies.packs[matchID]?.license.family == family && artifact.kind == .license
            if altered || otherVersion { replaced.append((artifact.path, match.document)) }
        }
        return replaced.map {
            .licenseDocument(
                LicenseDocumentRemedy(
                    licenseID: id, document: $0.document, licenseName: pack.license.name,
                    url: pack.license.url, replacing: $0.path))
        }
    }
}

// MARK: - Messages

extension LicenseTextIntactCheck {
    fileprivate enum Message {
        static func altered(_ path: String, _ match: LicenseMatch, id: String) -> String {
            let places = match.differences.prefix(8).map(describe).joined(separator: "; ")
            return """
                \(path) (lines \(match.startLine)–\(match.endLine)) is an altered copy of the \(id) text \
                (\(Int(match.similarity * 100))% of the canonical text present): \(places).
                """
        }

        static func wrongVersion(_ other: DetectedLicense, id: String) -> String {
            """
            \(other.evidence.path) is the \(other.id) text, but the release is bound by \(id): the license file is \
            of the wrong version.
            """
        }

        static func canonical(_ id: String, in paths: String) -> String {
            "The \(id) text in \(paths) is the canonical text."
        }
    }

    /// `§1.b changed at line 12`.
    static func describe(_ difference: TextDifference) -> String {
        let section = difference.section.map { "§\($0) " } ?? ""
        let line = difference.line.map { " at line \($0)" } ?? ""
        return "\(section)\(difference.kind.rawValue)\(line)"
    }
}
