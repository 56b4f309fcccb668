import Foundation
import TestSupport
import Testing

/// What fix refuses, with exit status 2 and one line naming the file and the cause, writing nothing.
@Suite struct FixRefusalTests {
    @Test func anArchiveIsRebuiltByThePublishersOwnTools() throws {
        let work = try TemporaryDirectory()
        let archive = try work.write("release.zip", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        let result = try CLIRunner.run(["fix", archive])
        #expect(result.status == 2)
        #expect(
            result.stderr == "clearance: \(archive): an archive, not a release folder; clearance fix writes only into "
                + "a folder: unpack it, fix the folder and rebuild the archive with your own tools\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aWeightsFileIsNotAFolder() throws {
        let work = try TemporaryDirectory()
        let weights = try work.write("model.safetensors", TinyWeights.safetensors)
        let result = try CLIRunner.run(["fix", weights])
        #expect(result.status == 2)
        #expect(
            result.stderr == "clearance: \(weights): a file, not a release folder; clearance fix writes only into a "
                + "folder: give it the folder the file is released in\n")
        #expect(result.stdout.isEmpty)
    }

    /// A FIFO (or a link to one) in --license-dir would block a reader: it is refused unread.
    @Test func aLicenseDirTextThatIsNotAFileIsRefused() throws {
        let work = try TemporaryDirectory()
        try work.write("licenses/gemma/.keep", "")
        let fifo = work.path("licenses/gemma/LICENSE")
        #expect(mkfifo(fifo, 0o644) == 0)
        try work.write(
            "release/README.md", "---\nlicense: gemma\nbase_model: google/gemma-2-9b-it\n---\n# Acme-Gemma\n")
        let before = FolderSnapshot(work.path("release"))

        let result = try CLIRunner.run(["fix", work.path("release"), "--license-dir", work.path("licenses")])
        #expect(result.status == 2)
        #expect(result.stderr == "clearance: \(fifo): not a regular file\n")
        #expect(FolderSnapshot(work.path("release")) == before)
    }

    @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
    func anAlteredLicenseTextIsNotCopied() throws {
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        let file = "\(licenses)/llama3.1/LICENSE"
        let canonical = try String(contentsOfFile: file, encoding: .utf8)
        try
            (canonical.replacingOccurrences(
                of: "700 million monthly active users", with: "7 billion monthly active users"))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let folder = work.path("release")
        try FileManager.default.copyItem(
            atPath: SampleTests.samples.appendingPathComponent("llama-3.1-acme-8b").path,
            toPath: folder)
        let before = FolderSnapshot(folder)

        let result = try CLIRunner.run(["fix", folder, "--license-dir", licenses])
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "clearance: \(file): not copied into the release: it is an altered copy of the llama3.1 agreement"))
        #expect(result.stderr.contains("changed at line"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(FolderSnapshot(folder) == before)
    }

    @Test func aLinkIsNotWrittenThrough() throws {
        let work = try TemporaryDirectory()
        try work.write("elsewhere.txt", "Not part of the release.\n")
        try work.write(
            "release/README.md",
            "---\nlicense: gemma\nbase_model: google/gemma-2-9b-it\n---\n# Acme-Gemma\n\nFine-tuned.\n")
        try FileManager.default.createSymbolicLink(
            atPath: work.path("release/NOTICE"), withDestinationPath: "../elsewhere.txt")

        let (_, outcome) = try FixOutcome.run(work.path("release"))
        #expect(!outcome.changes.contains { $0.path == "NOTICE" })
        #expect(outcome.toDo.contains { $0.summary.hasPrefix("NOTICE is not written because it is a symbolic link") })
        #expect(try String(contentsOfFile: work.path("elsewhere.txt"), encoding: .utf8) == "Not part of the release.\n")
    }

    /// With --follow-links the walk enters a linked folder; an altered copy there is not replaced.
    @Test(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.skipMessage)))
    func aFileInALinkedFolderIsNotWrittenThrough() throws {
        let work = try TemporaryDirectory()
        let licenses = try LicenseDirectory.make(in: work)
        let canonical = try #require(LicenseDirectory.text("llama3.1", usePolicy: false))
        let altered = canonical.replacingOccurrences(of: "700 million", with: "7 billion")
        try work.write("shared/LICENSE", altered)
        try work.write("release/README.md", "---\nlicense: llama3.1\n---\n# Llama-3.1-Acme-8B\n")
        try work.write(
            "release/config.json",
            #"{"architectures": ["LlamaForCausalLM"], "_name_or_path": "meta-llama/Llama-3.1-8B-Instruct"}"#)
        try FileManager.default.createSymbolicLink(
            atPath: work.path("release/terms"), withDestinationPath: "../shared")

        let (_, outcome) = try FixOutcome.run(work.path("release"), ["--license-dir", licenses, "--follow-links"])
        #expect(!outcome.changes.contains { $0.path.hasPrefix("terms/") })
        #expect(
            outcome.toDo.contains {
                $0.summary.hasPrefix("terms/LICENSE is not written because terms is a symbolic link")
            })
        #expect(try String(contentsOfFile: work.path("shared/LICENSE"), encoding: .utf8) == altered)
    }
}
