import Foundation
import TestSupport
import Testing

/// Weights on shared storage, linked into the release folder: a finding without
/// `--follow-links`; with it, read as the file, and the report says where the link points.
@Suite struct FollowLinksTests {
    @Test func aLinkLeavingTheBundleIsReadOnlyWhenAskedAndNeverSilently() throws {
        let directory = try TemporaryDirectory()
        let weights = try directory.write("shared/acme-8b.safetensors", TinyWeights.safetensors)
        try directory.write("release/README.md", "# Acme 8B\n")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("release/model.safetensors"), withDestinationPath: weights)
        let kept = try LayoutCheck.check(directory.path("release"))
        #expect(kept.failing.contains("integrity_unsafe_entry_names"))
        #expect(kept.report.artifacts.contains { $0.path == "model.safetensors" && $0.format == "symlink" })
        let followed = try LayoutCheck.check(directory.path("release"), ["--follow-links"])
        #expect(!followed.failing.contains("integrity_unsafe_entry_names"))
        let artifact = try #require(followed.report.artifacts.first { $0.path == "model.safetensors" })
        #expect(artifact.format == "safetensors" && artifact.linkTarget == weights)
        let text = try CLIRunner.run(["check", directory.path("release"), "--follow-links"])
        #expect(text.stdout.contains("Read through a link: model.safetensors → \(weights)."), "\(text.stdout)")
    }

    @Test func aLoopOfLinkedFoldersEnds() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release/README.md", "# M\n")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("release/loop"), withDestinationPath: directory.path("release"))
        let result = try CLIRunner.run(["inspect", directory.path("release"), "--follow-links"])
        #expect(result.status == 0)
    }
}
