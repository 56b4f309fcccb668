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

    /// `hasDetails`, `hasMetadata` and `hasLicenseMatches` say what reading the members says.
    @Test func theTestsOfTheRecordAgreeWithItsMembers() {
        var linked = Artifact(path: "l", kind: .other, format: .symlink, size: 0, linkTarget: "x")
        linked.sha256 = "ab"
        let artifacts = [
            artifact("a", .other), artifact("b", .notice, metadata: true), artifact("c", .license, matches: true),
            artifact("d", .modelCard, metadata: true, matches: true), linked,
            Artifact(location: EntryLocation("e", in: ["m.zip"]), kind: .other, format: .text, size: 0),
        ]
        #expect(artifacts.map(\.hasDetails) == [false, true, true, true, true, true])
        #expect(artifacts.map(\.hasMetadata) == artifacts.map { $0.metadata != nil })
        #expect(artifacts.map(\.hasLicenseMatches) == artifacts.map { $0.licenseMatches != nil })
    }

    /// The manifest keeps the index `deriveRelease()` made until its artifacts change.
    @Test func theManifestKeepsItsIndexUntilItsArtifactsChange() {
        var manifest = Manifest(
            subject: Subject(path: "r", format: .directory),
            artifacts: [artifact("LICENSE", .license), artifact("a.txt", .other)])
        #expect(manifest.artifactIndex == nil)
        manifest.deriveRelease()
        #expect(manifest.artifactIndex?.positions(of: .license) == [0])
        manifest.artifacts[1].kind = .notice
        #expect(manifest.artifactIndex == nil)
        manifest.deriveRelease()
        #expect(manifest.artifactIndex?.positions(of: .notice) == [1])
    }
}
