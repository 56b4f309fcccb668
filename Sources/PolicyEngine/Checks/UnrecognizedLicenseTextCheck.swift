import BundleModel

/// Every license file is a text clearance recognises.
struct UnrecognizedLicenseTextCheck: Check {
    func evaluate(_ context: RuleContext) -> [Finding] {
        let licenseFiles = context.bundle.artifacts(.license).filter { $0.format != .symlink && !$0.location.isNested }
        guard !licenseFiles.isEmpty else { return [] }
        let recognised = Set(context.lineage.detected.map(\.evidence.path))
        let unknown = licenseFiles.filter { !recognised.contains($0.path) }
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
