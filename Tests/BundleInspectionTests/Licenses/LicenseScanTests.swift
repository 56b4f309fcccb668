import BundleInspection
import BundleModel
import TestSupport
import Testing

/// Identification as an inspection runs it, on a bundle directory.
@Suite struct LicenseScanTests {
    private func inspect(
        _ files: [String: String], catalog: LicenseCatalog = SyntheticLicense.catalog
    ) throws -> Manifest {
        let folder = try TemporaryDirectory()
        for (name, text) in files { try folder.write(name, text) }
        return try BundleInspector(options: InspectionOptions(catalog: catalog)).inspect(path: folder.path)
    }

    private func artifact(_ path: String, in manifest: Manifest) throws -> Artifact {
        try #require(manifest.artifacts.first { $0.path == path })
    }

    @Test("license, use-policy and notice files are annotated")
    func annotates() throws {
        let manifest = try inspect([
            "LICENSE": SyntheticLicense.lines().joined(separator: "\n"),
            "NOTICE.txt": "Model weights notices\n\n" + SyntheticLicense.notice() + "\n",
            "USE_POLICY.md": "# Use Policy\n\nDo no harm with the model.\n",
            "README.md": "# Acme-8B\n\nA model. Its license is in LICENSE.\n",
            "config.json": "{}",
        ])
        let license = try artifact("LICENSE", in: manifest)
        #expect(license.licenseMatches?.map(\.licenseID) == ["acme-1.0"])
        #expect(license.licenseMatches?.first?.status == .canonical)
        let notice = try artifact("NOTICE.txt", in: manifest)
        #expect(
            notice.metadata?.noticeLines == [
                NoticeLineMatch(
                    licenseID: "acme-1.0", line: 3, text: SyntheticLicense.notice(), isExact: true,
                    notice: SyntheticLicense.notice())
            ])
        #expect(notice.licenseMatches == nil)
        let policy = try artifact("USE_POLICY.md", in: manifest)
        #expect(policy.licenseMatches?.map(\.status) == [.unknown])
        #expect(policy.licenseMatches?.first?.document == .usePolicy)
        #expect(try artifact("README.md", in: manifest).licenseMatches == nil)
        #expect(try artifact("config.json", in: manifest).licenseMatches == nil)
    }

    @Test("a license inside a model card is recognised")
    func modelCard() throws {
        let card = "---\nlicense: other\n---\n# Acme-8B\n\n" + SyntheticLicense.lines().joined(separator: "\n")
        let manifest = try inspect(["README.md": card])
        let matches = try artifact("README.md", in: manifest).licenseMatches
        #expect(matches?.map(\.licenseID) == ["acme-1.0"])
        #expect(matches?.first?.startLine == 6)
    }

    @Test("paths are relative to the bundle root")
    func rootRelative() throws {
        let manifest = try inspect([
            "release/LICENSE": SyntheticLicense.lines().joined(separator: "\n"), "release/weights.bin": "x",
        ])
        #expect(try artifact("LICENSE", in: manifest).licenseMatches?.count == 1)
    }

    @Test("with the empty catalog nothing is identified")
    func emptyCatalog() throws {
        let manifest = try inspect(["LICENSE": SyntheticLicense.lines().joined(separator: "\n")], catalog: .empty)
        #expect(try artifact("LICENSE", in: manifest).licenseMatches == nil)
    }
}
