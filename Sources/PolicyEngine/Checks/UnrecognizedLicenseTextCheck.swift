import BundleModel

/// Every license file is a text clearance recognises, and so is every `LICENSE` block of an
/// Ollama Modelfile.
struct UnrecognizedLicenseTextCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let modelfiles = context.manifest.artifacts.filter { !($0.metadata?.modelfile?.licenseBlocks ?? []).isEmpty }
        let licenseFiles = context.bundle.artifacts(.license).filter { $0.format != .symlink && !$0.path.contains("!/") } + modelfiles
        guard !licenseFiles.isEmpty else { return [] }
        let recognised = Set(context.lineage.detected.map(\.evidence.path))
        let unknown = licenseFiles.filter { artifact in
            guard artifact.metadata?.modelfile == nil else { return (artifact.licenseMatches ?? []).contains { $0.licenseID == nil } }
            return !recognised.contains(artifact.path)
        }
        guard !unknown.isEmpty else {
            return [context.finding(.pass, "Every license file is a recognised license text.", evidence: licenseFiles.map { Evidence(path: $0.path) })]
        }
        let best = unknown.compactMap { artifact in
            artifact.licenseMatches?.first.flatMap { $0.similarity >= 0.01 ? "\(artifact.path) is at most \(Int($0.similarity * 100))% like any known license" : nil }
        }
        let detail = best.isEmpty ? "" : " (\(best.joined(separator: "; ")))"
        return [context.finding(.needsReview, "\(unknown.map(\.path).joined(separator: ", ")) is not a license text clearance recognises\(detail).", evidence: unknown.map { Evidence(path: $0.path) },
                                question: "What license is \(unknown.map(\.path).joined(separator: ", "))? Does it preserve the upstream license's terms?")]
    }
}
