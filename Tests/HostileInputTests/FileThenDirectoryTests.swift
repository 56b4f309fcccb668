import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Issue 11, item 5: a file and a directory of the same name in one archive. Extracting it
/// leaves whichever came last, so directories take part in the duplicate-path check.
@Suite struct FileThenDirectoryTests {
    @Test(arguments: [true, false])
    func aNoticeShadowedByADirectory(fileFirst: Bool) throws {
        let scratch = try TemporaryDirectory()
        let file = ArchiveWriter.Entry.file(
            "model/NOTICE", text: "Llama 3.1 is licensed under the Llama 3.1 Community License.\n")
        let directory = ArchiveWriter.Entry.directory("model/NOTICE")
        let entries: [ArchiveWriter.Entry] =
            [.file("model/README.md", text: "# M\n")] + (fileFirst ? [file, directory] : [directory, file])
        let bundle = try scratch.write("bundle.tar", try ArchiveWriter.data(entries, container: .tar(.pax)))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "NOTICE as a file and a directory"))
        #expect(report.defects.contains { $0.kind == .duplicatePath && $0.path == "NOTICE" }, "\(report.defects)")
    }

    /// A directory listed twice is what tar writes for a folder added twice: harmless.
    @Test func aDirectoryListedTwice() throws {
        let scratch = try TemporaryDirectory()
        let entries: [ArchiveWriter.Entry] = [
            .directory("model/docs"), .file("model/README.md", text: "# M\n"), .directory("model/docs"),
        ]
        let bundle = try scratch.write("bundle.tar", try ArchiveWriter.data(entries, container: .tar(.pax)))
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "a directory listed twice"))
        #expect(report.defects.isEmpty, "\(report.defects)")
    }
}
