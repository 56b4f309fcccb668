import BundleModel

/// Every license file is a text clearance recognises, and so is every `LICENSE` block of an
/// Ollama Modelfile.
public struct UnrecognizedLicenseTextCheck: Check {
    static let kind = CheckKind.unrecognizedLicenseText

    /// The check; it takes no parameters.
    public init() {}

    func evaluate(_ context: RuleContext) -> [Finding] {
        let modelfiles = context.bundle.artifactsWithMetadata.filter {
            !($0.metadata?.modelfile?.licenseBlocks ?? []).isEmpty
        }
        let licenseFiles =
            context.bundle.artifacts(.license).filter { $0.format != .symlink && !$0.location.isNested }
            + modelfiles
        guard !licenseFiles.isEmpty else { return [] }
        let recognised = Set(context.lineage.detected.map(\.evidence.path))
        let unknown = licenseFiles.filter { artifact in
            guard artifact.metadata?.modelfile == nil else {
                return (artifact.licenseMatches ?? []).contains { $0.licenseID == nil }
            }
            return !recognised.contains(artifact.path)
        }
        guard !unknown.isEmpty else {
            return [
                context.finding(
                    .pass, Message.allRecognised,
                    evidence: licenseFiles.map { Evidence(path: $0.path) })
            ]
        }
        let paths = unknown.map(\.path).joined(separator: ", ")
        return [
            context.finding(
                .needsReview, Message.unrecognised(paths, closest: unknown),
                evidence: unknown.map { Evidence(path: $0.path) },
                question: Message.ask(paths))
        ]
    }
}

// MARK: - Messages

extension UnrecognizedLicenseTextCheck {
    fileprivate enum Message {
        static let allRecognised = "Every license file is a recognised license text."

        static func unrecognised(_ paths: String, closest unknown: [Artifact]) -> String {
            let best = unknown.compactMap { artifact in
                artifact.licenseMatches?.first.flatMap { match in
                    match.similarity < 0.01
                        ? nil
                        : "\(artifact.path) is at most \(Int(match.similarity * 100))% like any known license"
                }
            }
            let detail = best.isEmpty ? "" : " (\(best.joined(separator: "; ")))"
            return "\(paths) is not a license text clearance recognises\(detail)."
        }

        static func ask(_ paths: String) -> String {
            "What license is \(paths)? Does it preserve the upstream license's terms?"
        }
    }
}
