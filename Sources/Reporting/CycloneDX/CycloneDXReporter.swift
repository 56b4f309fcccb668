import BundleModel

/// A CycloneDX 1.6 ML-BOM (`--format cyclonedx`): the release as a machine-learning model with
/// its model card data, licenses and parents, and one file component per artifact with its
/// SHA-256 when `--hash` computed it.
public struct CycloneDXReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) throws -> String {
        let profile = ReleaseProfile(input)
        let model = ModelComponent(
            input: input, profile: profile, licenses: CycloneDXLicenses(policies: input.policies)
        ).build()
        var tool = CycloneDXBOM.Component(type: "application", name: input.report.tool.name)
        tool.version = input.report.tool.version
        var references = BOMReferences()
        let files = input.report.artifacts.map { file($0, bomRef: references.unique("file:\($0.path)")) }
        let bom = CycloneDXBOM(metadata: .init(tools: .init(components: [tool]), component: model), components: files)
        return try JSONOutput.string(bom)
    }

    private func file(_ artifact: Artifact, bomRef: String) -> CycloneDXBOM.Component {
        var component = CycloneDXBOM.Component(type: "file", bomRef: bomRef, name: artifact.path)
        component.hashes = artifact.sha256.map { [.init(content: $0)] }
        var properties = [
            CycloneDXBOM.Property(name: "clearance:kind", value: artifact.kind.rawValue),
            CycloneDXBOM.Property(name: "clearance:format", value: artifact.format.rawValue),
            CycloneDXBOM.Property(name: "clearance:size", value: String(artifact.size)),
        ]
        for match in artifact.licenseMatches ?? [] {
            let described =
                "\(match.licenseID ?? "unrecognised") \(match.document.rawValue), \(match.status.rawValue), lines \(match.startLine)-\(match.endLine)"
            properties.append(.init(name: "clearance:license-text", value: described))
        }
        component.properties = properties
        return component
    }
}

/// Hands out `bom-ref`s that are unique within the BOM, even for an archive that repeats a path.
private struct BOMReferences {
    private var used: [String: Int] = [:]

    mutating func unique(_ reference: String) -> String {
        let count = used[reference, default: 0] + 1
        used[reference] = count
        return count == 1 ? reference : "\(reference)#\(count)"
    }
}
