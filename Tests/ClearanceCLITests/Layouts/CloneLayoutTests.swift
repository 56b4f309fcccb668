import ArchiveIO
import Foundation
import TestSupport
import Testing

/// A clone of the release's repository: `.git/` with LFS copies of the weights at the top and in
/// a subfolder, and `.cache/huggingface/` download bookkeeping. None of it is the release.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct CloneLayoutTests {
    /// What a clone adds: version-control metadata and cache bookkeeping, weights copies included.
    static let cloneFiles: [String: [UInt8]] = [
        ".git/HEAD": Array("ref: refs/heads/main\n".utf8),
        ".git/config": Array("[core]\n\trepositoryformatversion = 0\n".utf8),
        ".git/lfs/objects/4e/07/4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce": TinyWeights
            .safetensors,
        ".git/lfs/objects/9a/1f/9a1f0e2d": [0x80, 0x02, 0x63] + Array("os\nsystem\nq\u{0}.".utf8),
        "mlx/.git/HEAD": Array("ref: refs/heads/main\n".utf8),
        "mlx/.git/lfs/objects/aa/bb/aabbcc": TinyWeights.safetensors,
        ".cache/huggingface/.gitignore": Array("*\n".utf8),
        ".cache/huggingface/download/model.safetensors.metadata": Array(
            "6d5e1a3c\n4e07408562bedb8b\n1733000000.0\n".utf8),
        "docs/.cache/huggingface/download/README.md.metadata": Array("6d5e1a3c\n".utf8),
    ]

    static func clone(of release: Release) -> Release {
        var clone = release
        for (path, bytes) in cloneFiles { clone.files[path] = bytes }
        return clone
    }

    @Test(arguments: [ReleaseContainer.directory, .tarZstd, .zip])
    func aCloneGivesThePlainFindings(container: ReleaseContainer) throws {
        let directory = try TemporaryDirectory()
        let release = LayoutRelease.compliant
        let plain = try LayoutCheck.check(try container.write(release, named: "plain", in: directory))
        let cloned = try LayoutCheck.check(try container.write(Self.clone(of: release), named: "clone", in: directory))
        #expect(plain.status == 0)
        #expect(cloned.status == plain.status)
        #expect(cloned.outcomes == plain.outcomes, "\(cloned.outcomes.symmetricDifference(plain.outcomes))")
        #expect(cloned.report.artifacts.count == plain.report.artifacts.count)
        #expect(cloned.paths(ofKind: "weights") == ["model.safetensors"])
        let excluded = Dictionary(uniqueKeysWithValues: (cloned.report.exclusions ?? []).map { ($0.pattern, $0.files) })
        #expect(excluded == [".git/": 6, "**/.cache/huggingface/": 3])
        #expect(plain.report.exclusions == nil)
    }

    @Test func theInventorySaysWhatWasLeftOut() throws {
        let directory = try TemporaryDirectory()
        let bundle = try ReleaseContainer.directory.write(
            Self.clone(of: LayoutRelease.compliant), named: "clone", in: directory)
        let checklist = try CLIRunner.run(["checklist", bundle])
        #expect(checklist.stdout.contains("- Excluded by `.git/` (built-in): 6 files"), "\(checklist.stdout)")
        let text = try CLIRunner.run(["inspect", bundle])
        #expect(text.stdout.contains("Excluded by **/.cache/huggingface/ (built-in): 3 files"), "\(text.stdout)")
    }
}
