import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Containers that declare far more bytes than the file holds end as corrupt or truncated
/// bundles (exit status 2), without reading or allocating what they declare.
@Suite struct DeclaredSizeTests {
    @Test(arguments: [UInt64(1) << 33, UInt64(1) << 40, UInt64(1) << 62])
    func aTarEntryLargerThanTheFile(size: UInt64) throws {
        let scratch = try TemporaryDirectory()
        for name in ["model.safetensors", "README.md", "weights.bin", "nested.zip"] {
            let tar = try ArchiveWriter.data(
                [.file(name, text: "{\"a\": 1}"), .file("after.txt", text: "x")], container: .tar(.gnu))
            let bundle = try scratch.write("bundle.tar", TarHeaderPatch.declaringSize(size, in: tar))
            let run = try BoundedRun.run(
                ["inspect", bundle, "--format", "json"], in: scratch, case: "\(name) declaring \(size) bytes in a tar")
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("truncated"), "\(name): \(run.stderr)")
        }
    }

    @Test func aTarEntryLargerThanTheFileInsideAZip() throws {
        let scratch = try TemporaryDirectory()
        let tar = try ArchiveWriter.data(
            [.file("model.safetensors", text: "{}"), .file("after.txt", text: "x")], container: .tar(.gnu))
        let zip = try ArchiveWriter.data(
            [.file("README.md", text: "# M\n"), .file("inner.tar", TarHeaderPatch.declaringSize(1 << 60, in: tar))],
            container: .zip)
        let report = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.zip", zip), in: scratch, case: "nested tar entry declaring 2^60 bytes"))
        #expect(report.defectKinds.contains(.nestedArchiveCorrupt))
    }
}
