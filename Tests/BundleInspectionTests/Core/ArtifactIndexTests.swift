import BundleModel
import Testing

/// `ArtifactIndex` lists, in list order, the positions of the artifacts of each kind, of those
/// with metadata and of those with license matches.
@Suite struct ArtifactIndexTests {
    private func artifact(
        _ path: String, _ kind: ArtifactKind, metadata: Bool = false, matches: Bool = false
    )
        -> Artifact
    {
        var artifact = Artifact(path: path, kind: kind, format: .text, size: 1)
        if metadata {
            var info = ArtifactMetadata()
            info.noticeLines = []
            artifact.metadata = info
        }
        if matches { artifact.licenseMatches = [] }
        return artifact
    }

    @Test func positionsByKindWithMetadataAndWithLicenseMatches() {
        let artifacts = [
            artifact("LICENSE", .license, matches: true), artifact("a.txt", .other),
            artifact("NOTICE", .notice, metadata: true), artifact("b.txt", .other),
            artifact("README.md", .modelCard, metadata: true, matches: true), artifact("USE_POLICY", .license),
        ]
        let index = ArtifactIndex(artifacts)
        #expect(index.positions(of: .license) == [0, 5])
        #expect(index.positions(of: .other) == [1, 3])
        #expect(index.positions(of: .notice) == [2] && index.positions(of: .modelCard) == [4])
        #expect(index.positions(of: .weights).isEmpty)
        #expect(index.withMetadata == [2, 4])
        #expect(index.withLicenseMatches == [0, 4])
    }

    @Test func everyKindHasItsOwnList() {
        let artifacts = ArtifactKind.allCases.map { artifact("\($0.rawValue).bin", $0) }
        let index = ArtifactIndex(artifacts)
        for (position, kind) in ArtifactKind.allCases.enumerated() {
            #expect(index.positions(of: kind) == [position], "\(kind)")
        }
        #expect(index.withMetadata.isEmpty && index.withLicenseMatches.isEmpty)
    }
}
