import Foundation
import TestSupport
import Testing

/// A release downloaded into the Hugging Face cache (`huggingface-cli download`): every file of
/// `models--ORG--NAME/snapshots/REV/` a link to `../../blobs/<hash>`. It is the same release.
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct HubCacheLayoutTests {
    static let revision = "6d5e1a3c0b9f8e7d6c5b4a39281706f5e4d3c2b1"

    /// Writes `release` as the cache does and returns the repository folder.
    static func cache(_ release: Release, in directory: TemporaryDirectory) throws -> String {
        let repository = "hub/models--acme--Llama-3.1-Acme-8B"
        try directory.write("\(repository)/refs/main", revision)
        let manager = FileManager.default
        for (index, (path, bytes)) in release.allFiles.sorted(by: { $0.key < $1.key }).enumerated() {
            // Blobs are named by their digest; any unique hex name does for the layout.
            let digest = String(format: "%064x", index + 1)
            try directory.write("\(repository)/blobs/\(digest)", bytes)
            let link = directory.url.appendingPathComponent("\(repository)/snapshots/\(revision)/\(path)")
            try manager.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            let depth = path.split(separator: "/").count + 1
            try manager.createSymbolicLink(
                atPath: link.path, withDestinationPath: String(repeating: "../", count: depth) + "blobs/\(digest)")
        }
        return directory.path(repository)
    }

    @Test func aSnapshotGivesThePlainFindings() throws {
        let directory = try TemporaryDirectory()
        var release = LayoutRelease.compliant
        release[text: "docs/usage.md"] = "# Usage\n\nLoad it with transformers.\n"
        let plain = try LayoutCheck.check(try LayoutRelease.plain(release, in: directory))
        let repository = try Self.cache(release, in: directory)
        for bundle in [repository, repository + "/snapshots/\(Self.revision)"] {
            let cached = try LayoutCheck.check(bundle)
            #expect(cached.status == plain.status, "\(bundle)")
            #expect(cached.outcomes == plain.outcomes, "\(cached.outcomes.symmetricDifference(plain.outcomes))")
            #expect(cached.report.artifacts.allSatisfy { $0.format != "symlink" })
            #expect(cached.paths(ofKind: "weights") == ["model.safetensors"])
        }
        #expect(plain.status == 0)
    }

    @Test func aLinkOutsideTheBlobsStaysALink() throws {
        let directory = try TemporaryDirectory()
        let repository = try Self.cache(LayoutRelease.compliant, in: directory)
        try directory.write("elsewhere/extra.txt", "outside\n")
        let snapshot = repository + "/snapshots/\(Self.revision)"
        try FileManager.default.createSymbolicLink(
            atPath: snapshot + "/extra.txt", withDestinationPath: directory.path("elsewhere/extra.txt"))
        let checked = try LayoutCheck.check(snapshot)
        #expect(checked.failing == ["integrity_unsafe_entry_names"])
    }

    @Test func severalSnapshotsWithoutARefAreAskedToBeNamed() throws {
        let directory = try TemporaryDirectory()
        let repository = try Self.cache(LayoutRelease.compliant, in: directory)
        try FileManager.default.removeItem(atPath: repository + "/refs/main")
        try directory.write(
            "hub/models--acme--Llama-3.1-Acme-8B/snapshots/\(String(repeating: "0", count: 40))/README.md", "# Old\n")
        let result = try CLIRunner.run(["check", repository])
        #expect(result.status == 2)
        #expect(result.stderr.contains("2 snapshots and no refs/main"), "\(result.stderr)")
    }
}
